// Feature macros for amd64 assembly, by the GOAMD64 level the build defines (GOAMD64_v1 … v4).

#ifdef GOAMD64_v3
#define hasAVX2
#endif

#ifdef GOAMD64_v4
#define hasAVX2
#endif

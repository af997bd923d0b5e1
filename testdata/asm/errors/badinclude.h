// Included by included.s: the error is reported at this file's line.
#define OK 1
#else

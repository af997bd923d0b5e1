// A local header for preprocessor tests.
#define HEADER_VALUE 42
#define LOAD(off, reg) MOVQ off(SP), reg

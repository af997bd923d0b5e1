#define X 1
#define X 2 // ERROR "redefinition of macro: X"

#include "no_such_header.h" // ERROR "#include: open no_such_header.h: no such file or directory"

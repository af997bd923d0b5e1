// ERROR-AT badinclude.h:3 "unmatched #else"
#include "badinclude.h"

// Compiled with herald_text's include directories: the text stage must not
// see the events stage's headers, so this file must fail to compile.
#include "events/event_coder.h"
int main() { return 0; }

// Compiled with herald_text's include directories: its own and core's
// headers are reachable (the control for backwards_include.cpp).
#include "core/document.h"
#include "text/sentence_splitter.h"
int main() { return 0; }

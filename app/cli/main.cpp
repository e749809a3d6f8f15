// polytrace-cli: the scripting interface to core/. No Qt, no display.
#include <cstdio>

int main() {
  std::puts("usage: polytrace-cli COMMAND ...");
  return 2;
}

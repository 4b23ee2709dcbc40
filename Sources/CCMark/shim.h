#ifndef FELLOWSHIP_CCMARK_SHIM_H
#define FELLOWSHIP_CCMARK_SHIM_H
// The reference CommonMark library (Debian libcmark-dev): Markdown with source positions.
#include <cmark.h>
#endif

#ifndef FELLOWSHIP_CSTEMMER_SHIM_H
#define FELLOWSHIP_CSTEMMER_SHIM_H
// Snowball stemmers (Debian libstemmer-dev): the reference implementation of the English (Porter2) stemmer.
#include <libstemmer.h>
#endif

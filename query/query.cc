// Placeholder until the query module lands.
#include "graph/graph.h"

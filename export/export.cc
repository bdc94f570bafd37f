// Placeholder until the export module lands.
#include "graph/graph.h"

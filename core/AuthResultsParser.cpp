#include "core/AuthResultsParser.h"

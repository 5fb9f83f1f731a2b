#pragma once

// The whole public API of liputan (docs/library.md).
#include "liputan/archive_reader.h"
#include "liputan/classifier.h"
#include "liputan/error.h"
#include "liputan/post.h"
#include "liputan/report.h"
#include "liputan/stemmer.h"
#include "liputan/tokenizer.h"
#include "liputan/training.h"
#include "liputan/version.h"

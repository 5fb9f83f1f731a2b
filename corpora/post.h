#pragma once

// Post, PostKind, PostMetrics and Prediction are part of the public API (include/liputan/post.h):
// the record readers produce, classify annotates and report aggregates, inside and out.
#include "liputan/post.h"

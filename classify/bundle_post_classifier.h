#pragma once

#include <memory>

#include "classify/post_classifier.h"
#include "models/model_bundle.h"

namespace liputan {

// PostClassifier on a model bundle through ClassifyPosts' typed output, keeping every label of
// every set and ignoring thresholds, so the report's probabilistic corrected shares see the whole
// predicted distribution (as `liputan classify --top-k <max> --thresholds ignore`: a multi-label
// set's thresholds would drop the labels below them). `bundle` must outlive the classifier.
std::unique_ptr<PostClassifier> MakeBundlePostClassifier(const ModelBundle& bundle, int threads);

}  // namespace liputan

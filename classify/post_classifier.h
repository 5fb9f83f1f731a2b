#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "classify/post_source.h"
#include "corpora/post.h"

namespace liputan {

// In-process classification as a stage of another component's run (report -m). The consumer sees
// only this interface, so report/ needs neither models/ nor fastText (DESIGN §1): the caller
// (cli/, api/) supplies the implementation, BundlePostClassifier on a model bundle.
class PostClassifier {
 public:
  struct LabelSet {
    std::string name;
    std::vector<std::string> labels;  // in the model's order
  };

  virtual ~PostClassifier() = default;

  // The label sets the classifier predicts.
  virtual const std::vector<LabelSet>& label_sets() const = 0;

  // Reads every post of `source`, gives it its predictions and hands it to `add` in input order,
  // one post at a time. A post that arrives with predictions keeps them (classified input).
  virtual void ClassifyAll(PostSource& source, const std::function<void(const Post&)>& add) = 0;

  // The top label of label_sets()[set] for a text, as ClassifyAll would give it. Called from
  // several threads at once.
  virtual std::string TopLabel(size_t set, const std::string& text) const = 0;
};

}  // namespace liputan

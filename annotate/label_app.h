#pragma once

#include <string>
#include <vector>

#include "annotate/http_request.h"
#include "annotate/label_server.h"
#include "annotate/label_session.h"
#include "annotate/offered_labels.h"

namespace liputan::annotate {

// The labeling page's HTTP interface (docs/annotate.md "The labeling page"), over a
// LabelSession. Routes:
//   GET  /  /label_page.js  /label_page.css   the page (embedded, annotate/label_page/)
//   GET  /api/state      the post to label, the label set asked, progress
//   GET  /api/codebook   every label set's labels with their names and definitions
//   POST /api/answer {"row": R, "set": K, "label": SLUG}   label set K of post R
//   POST /api/skip   {"row": R}                            skip post R
//   POST /api/undo   {}                                    take back the last step
//   POST /api/finish {}                                    stop the server
// POSTs take application/json and answer with the new state; an answer for a post or label set
// that is no longer current (a key pressed twice) gets 409 with the state. The file is written
// (atomically) after every step that changes it; when that fails the step is taken back and the
// answer is 500, so the file and the page never disagree.
class LabelApp {
 public:
  LabelApp(LabelSession& session, std::vector<OfferedLabelSet> codebook, std::string path);

  HttpResponse Handle(const HttpRequest& request);
  std::string StateJson() const;

 private:
  HttpResponse Get(const std::string& path);
  HttpResponse Post(const std::string& path, const std::string& body);
  HttpResponse Change(bool changed, bool undo_on_failure);
  HttpResponse Stale(const std::string& why) const;

  LabelSession& session_;
  std::vector<OfferedLabelSet> codebook_;
  std::string path_;
};

}  // namespace liputan::annotate

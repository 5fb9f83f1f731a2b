#pragma once

#include <map>
#include <string_view>

namespace liputan::annotate {

// The labeling page's files (annotate/label_page/: HTML, CSS, JavaScript), compiled into the
// binary by report/render/embed_files.cmake, so the page needs no network and no install
// directory. Keyed by file name ("index.html").
const std::map<std::string_view, std::string_view>& LabelPageFiles();

}  // namespace liputan::annotate

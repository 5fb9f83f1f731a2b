#pragma once

#include "report/report_model.h"

namespace liputan::report {

// The overview's regency-wide numbers (Report::overview) from the agencies' totals and the
// network: each pooled share is Σ share × base / Σ base over the agencies where both are defined
// (basic-service share over sector-labeled posts, service-information and symbolic shares over
// function-labeled posts, zero-engagement share over observed posts, response rate over inbound
// posts); E is the mean over the agencies that have it.
Overview ComputeOverview(const Report& report);

}  // namespace liputan::report

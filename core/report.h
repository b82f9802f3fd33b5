#pragma once
// The CLI's JSON results (FORMAT.md "CLI results"): the keys there are a public contract; more keys
// are added alongside, none renamed. Infinite values are written as the string "inf" (a health
// factor with no debt), undefined ones as null — never NaN, which JSON cannot carry.

#include "exposure.h"
#include "jsonparts.h"
#include "liquidity.h"
#include "shock.h"
#include "stress.h"

#include <nlohmann/json.hpp>

namespace ballast {

nlohmann::json number(double v);
nlohmann::json exposureJson(const ExposureEngine& engine);
/// exposureJson's object a part at a time (JsonParts::write gives its dump(indent) byte for byte);
/// the parts refer to engine, which must outlive them and not change meanwhile.
JsonParts exposureParts(const ExposureEngine& engine);
nlohmann::json quoteJson(const Quote& q);
nlohmann::json routeJson(const Route& r, const std::vector<Pool>& pools);
nlohmann::json shockJson(const Book& book, const ShockResult& r);
/// shockJson's object a part at a time, for writing a big result without holding it whole
/// (JsonParts::write gives shockJson(book, r).dump(indent) byte for byte). The parts refer to book
/// and r, which must outlive them.
JsonParts shockParts(const Book& book, const ShockResult& r);
nlohmann::json stressJson(const Book& book, const StressResult& r);
/// The summary of a stress result read back from stressJson's object (a run elsewhere, e.g.
/// ballast-mpi's): every statistic, the histogram and the default counts; not the per-scenario
/// vectors, which the JSON does not carry. Fails, naming the key, on a malformed object.
Result<StressResult> stressFromJson(const Book& book, const nlohmann::json& j);
nlohmann::json clearingJson(const Book& book, const ClearingSolution& c, const std::string& model);

} // namespace ballast

#include "edits.h"

#include "inputlimits.h"

#include <cctype>
#include <cmath>

namespace ballast {

Result<BookPtr> withPositionQuantity(const Book& b, int row, double quantity)
{
    const std::string place = "/positions/" + std::to_string(row) + "/quantity";
    if (row < 0 || row >= static_cast<int>(b.positions.size()))
        return Result<BookPtr>::fail(ErrorCode::UnknownId, "", place, Msg::NoSuchPosition);
    if (!std::isfinite(quantity) || quantity < 0 || quantity > limits::kMaxMagnitude)
        return Result<BookPtr>::fail(ErrorCode::OutOfRange, "", place, Msg::QuantityRange);
    if (quantity == b.positions[row].quantity) return BookPtr{};
    auto edited = std::make_shared<Book>(b);
    edited->positions[row].quantity = quantity;
    return BookPtr(std::move(edited));
}

BookPtr withScenario(const Book& b, Scenario sc)
{
    auto edited = std::make_shared<Book>(b);
    std::string id = sc.name.empty() ? "custom" : sc.name;
    for (char& c : id) c = std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(static_cast<unsigned char>(c))) : '-';
    std::string unique = id;
    for (int k = 2; edited->scenarioIx(unique) >= 0; ++k) unique = id + "-" + std::to_string(k);
    sc.id = unique;
    sc.raw.reset();
    edited->scenarios.push_back(std::move(sc));
    edited->resolve();
    return edited;
}

} // namespace ballast

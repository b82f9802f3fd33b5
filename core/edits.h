#pragma once
// Edits of a book, each a new book (books are immutable snapshots; the desk keeps both for undo).
// The rules an edit must keep live here, not in the window that offers it.

#include "model.h"
#include "result.h"

namespace ballast {

/// The book with position `row`'s quantity set. Fails (OutOfRange, at "/positions/ROW/quantity")
/// for an unknown row or a quantity that is not a finite number from 0 to 1e15; a null book when
/// the quantity is unchanged (nothing to undo).
Result<BookPtr> withPositionQuantity(const Book& book, int row, double quantity);

/// The book with `scenario` added to its library under an id made from its name ("ETH -40%" ->
/// "eth--40-", "custom" when it has none), suffixed -2, -3… until it is unique; its original JSON
/// is dropped (the scenario is written from its fields).
BookPtr withScenario(const Book& book, Scenario scenario);

} // namespace ballast

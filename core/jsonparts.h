#pragma once
// A JSON object written a part at a time. A shock result on the stress book is some 200 MB of text;
// built whole as a json tree it takes several times that in memory before a byte is written. Here
// each part, and each element of a long array, is made when it is written and freed after, and the
// text is the same, byte for byte, as building the whole object and calling dump() (keys in the
// json object's order, the same number formatting and indentation).

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ballast {

class JsonParts {
public:
    /// A value made whole when it is written. Keys are unique within one object.
    JsonParts& value(std::string key, std::function<nlohmann::json()> make);
    /// An array of count elements, each made when it is written.
    JsonParts& array(std::string key, std::size_t count, std::function<nlohmann::json(std::size_t)> element);
    /// An object that is itself written a part at a time.
    JsonParts& object(std::string key, JsonParts parts);
    /// Whether a part has this key.
    bool has(std::string_view key) const;

    /// The whole object, as one json value.
    nlohmann::json build() const;
    /// The object's text as build().dump(indent) writes it (indent < 0: compact, on one line).
    void write(std::ostream& os, int indent = -1) const;
    /// The same, as if the object stood at nesting depth level of an enclosing dump (an element of an array).
    void write(std::ostream& os, int indent, int level) const;
    std::string dump(int indent = -1) const;

private:
    struct Part {
        std::string key;
        std::function<nlohmann::json()> make;
        std::size_t count = 0;
        std::function<nlohmann::json(std::size_t)> element;
        std::shared_ptr<const JsonParts> nested;
    };
    std::vector<Part> m_parts;
};

} // namespace ballast

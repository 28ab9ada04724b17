#pragma once

#include <utility>
#include <variant>

// A value or an error, never both. Used by the pure JSON decoders
// (Expected<T, DecodeError>) and, with the response facts added, by every
// API call (ApiResult<T> in WorkOsClient.h).
template <typename T, typename E>
class Expected
{
public:
    Expected(T value) : m_data(std::in_place_index<0>, std::move(value)) {}   // NOLINT implicit on purpose
    Expected(E error) : m_data(std::in_place_index<1>, std::move(error)) {}   // NOLINT implicit on purpose

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    const E &error() const { return std::get<1>(m_data); }
    E &error() { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// The value of an operation that answers with nothing (204 No Content).
struct NoContent final
{
};

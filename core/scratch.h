#pragma once
// Memory an object reuses from one computation to the next (buffers, marks) and that a copy of the
// object neither shares nor copies: the copy starts with an empty one. Engines copied from one
// another must never write the same buffer, and a snapshot copy must not pay for buffers it will
// not use.

namespace ballast {

template <class T>
class Scratch
{
public:
    Scratch() = default;
    Scratch(const Scratch&) {}
    Scratch& operator=(const Scratch&) { return *this; }
    T& operator*() { return m_value; }
    T* operator->() { return &m_value; }

private:
    T m_value;
};

} // namespace ballast

#include "deskstate.h"

namespace ballast::ui {

DeskState::DeskState(QObject* parent) : QObject(parent) { m_clock.start(); }

void DeskState::setBook(BookPtr book, EngineSnapshot engine)
{
    m_book = std::move(book);
    m_engine = std::move(engine);
    m_selection = {};
    m_history.clear();
    m_clock.restart();
    record();
    Q_EMIT bookChanged();
    Q_EMIT selectionChanged(m_selection);
}

void DeskState::setExposure(EngineSnapshot engine)
{
    if (!engine || !m_book || engine->bookPtr() != m_book) return; // a late snapshot of a previous book
    m_engine = std::move(engine);
    record();
    Q_EMIT exposureChanged();
}

void DeskState::select(Selection s)
{
    if (s == m_selection) return;
    m_selection = s;
    Q_EMIT selectionChanged(s);
}

int DeskState::nodeOf(const Selection& s) const
{
    if (!m_book || s.index < 0) return -1;
    const Book& b = *m_book;
    switch (s.kind) {
    case Selection::Kind::Node: return s.index < static_cast<int>(b.nodes.size()) ? s.index : -1;
    case Selection::Kind::Position: return s.index < static_cast<int>(b.positions.size()) ? b.positions[s.index].ownerIx : -1;
    case Selection::Kind::Loan: return s.index < static_cast<int>(b.loans.size()) ? b.loans[s.index].borrowerIx : -1;
    case Selection::Kind::Pool: return s.index < static_cast<int>(b.pools.size()) ? b.pools[s.index].venueIx : -1;
    default: return -1;
    }
}

RelatedRows DeskState::related(const Selection& s) const
{
    RelatedRows r;
    if (!m_book || s.index < 0) return r;
    const Book& b = *m_book;
    switch (s.kind) {
    case Selection::Kind::Position:
        r.positions.push_back(s.index);
        if (s.index < static_cast<int>(b.positions.size()) && b.positions[s.index].loanIx >= 0) r.loans.push_back(b.positions[s.index].loanIx);
        break;
    case Selection::Kind::Loan:
        r.loans.push_back(s.index);
        if (s.index < static_cast<int>(b.loans.size()))
            for (int p : b.loans[s.index].collateralIx) r.positions.push_back(p);
        break;
    case Selection::Kind::Node:
        for (size_t p = 0; p < b.positions.size(); ++p)
            if (b.positions[p].ownerIx == s.index) r.positions.push_back(static_cast<int>(p));
        for (size_t l = 0; l < b.loans.size(); ++l)
            if (b.loans[l].borrowerIx == s.index || b.loans[l].venueIx == s.index) r.loans.push_back(static_cast<int>(l));
        break;
    case Selection::Kind::Asset:
        for (size_t p = 0; p < b.positions.size(); ++p)
            if (b.positions[p].assetIx == s.index) r.positions.push_back(static_cast<int>(p));
        break;
    case Selection::Kind::Pool:
    case Selection::Kind::None: break;
    }
    return r;
}

void DeskState::record()
{
    if (!m_engine) return;
    const Totals& t = m_engine->result().totals;
    Sample s;
    s.seconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
    s.exposure = t.marketValue;
    s.exitValue = t.exitValue;
    s.minHealth = t.minHealthFactor;
    s.debt = t.debtValue;
    s.loansAtRisk = t.loansAtRisk;
    if (m_history.size() >= 20000) m_history.remove(0, 5000);
    m_history.push_back(s);
}

} // namespace ballast::ui

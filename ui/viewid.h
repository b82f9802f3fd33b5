#pragma once
// The desk's views by name: one enum for the window, its docks and menus, and app/'s --view.

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace ballast::ui {

enum class ViewId { Graph, Positions, Loans, Heatmap, Dashboard, WhatIf, Stress, Alerts, Log, Survival, OracleLag, Bottlenecks, CrossChain };

inline constexpr std::array<ViewId, 13> kAllViews{ViewId::Graph,  ViewId::Positions, ViewId::Loans,  ViewId::Heatmap,  ViewId::Dashboard, ViewId::WhatIf,
                                                  ViewId::Stress, ViewId::Alerts,    ViewId::Log,    ViewId::Survival, ViewId::OracleLag,
                                                  ViewId::Bottlenecks, ViewId::CrossChain};

/// The view's key: what --view takes, and its dock's object name after "dock-".
inline QString viewKey(ViewId v)
{
    switch (v) {
    case ViewId::Graph: return QStringLiteral("graph");
    case ViewId::Positions: return QStringLiteral("positions");
    case ViewId::Loans: return QStringLiteral("loans");
    case ViewId::Heatmap: return QStringLiteral("heatmap");
    case ViewId::Dashboard: return QStringLiteral("dashboard");
    case ViewId::WhatIf: return QStringLiteral("whatif");
    case ViewId::Stress: return QStringLiteral("stress");
    case ViewId::Alerts: return QStringLiteral("alerts");
    case ViewId::Log: return QStringLiteral("log");
    case ViewId::Survival: return QStringLiteral("survival");
    case ViewId::OracleLag: return QStringLiteral("oraclelag");
    case ViewId::Bottlenecks: return QStringLiteral("bottlenecks");
    case ViewId::CrossChain: return QStringLiteral("crosschain");
    }
    return {};
}

inline std::optional<ViewId> viewFromKey(const QString& key)
{
    for (ViewId v : kAllViews)
        if (viewKey(v) == key) return v;
    return std::nullopt;
}

/// The view's title, translated (a dock's tab reads it: no "&", which a tab takes for a shortcut).
inline QString viewTitle(ViewId v)
{
    switch (v) {
    case ViewId::Graph: return QCoreApplication::translate("ViewId", "Supply chain & network");
    case ViewId::Positions: return QCoreApplication::translate("ViewId", "Positions and inventory");
    case ViewId::Loans: return QCoreApplication::translate("ViewId", "Loans");
    case ViewId::Heatmap: return QCoreApplication::translate("ViewId", "Liquidity heatmap");
    case ViewId::Dashboard: return QCoreApplication::translate("ViewId", "Exposure dashboard");
    case ViewId::WhatIf: return QCoreApplication::translate("ViewId", "What-if");
    case ViewId::Stress: return QCoreApplication::translate("ViewId", "Stress");
    case ViewId::Alerts: return QCoreApplication::translate("ViewId", "Alerts");
    case ViewId::Log: return QCoreApplication::translate("ViewId", "Event log");
    case ViewId::Survival: return QCoreApplication::translate("ViewId", "Survival × health");
    case ViewId::OracleLag: return QCoreApplication::translate("ViewId", "Oracle lag");
    case ViewId::Bottlenecks: return QCoreApplication::translate("ViewId", "Bottlenecks");
    case ViewId::CrossChain: return QCoreApplication::translate("ViewId", "Cross-chain");
    }
    return {};
}

} // namespace ballast::ui

#pragma once
// Antialiased marks (node glyphs, rings, shipment dots) rendered once per look and size, then
// blitted. QPainter strokes an antialiased ellipse or polygon as a path, several microseconds
// each; with 2,000 nodes and 2,500 shipments in transit that was most of a graph frame while
// prices tick (13 ms), where a blit of a small image costs a fraction of a microsecond.

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPaintDevice>

#include <algorithm>
#include <cmath>

namespace ballast::ui {

/// What a sprite looks like, exactly: its kind (chosen by the caller, e.g. a glyph), two colours
/// and two sizes in quarter pixels. Sizes are rounded to quarter pixels before drawing, so equal
/// keys always mean equal pictures.
struct SpriteKey
{
    quint32 kind = 0;
    QRgb first = 0, second = 0;
    quint16 size = 0, width = 0;
    friend bool operator==(const SpriteKey& a, const SpriteKey& b)
    {
        return a.kind == b.kind && a.first == b.first && a.second == b.second && a.size == b.size && a.width == b.width;
    }
    friend size_t qHash(const SpriteKey& k, size_t seed = 0)
    {
        return qHashMulti(seed, k.kind, k.first, k.second, k.size, k.width);
    }
};

inline quint16 quarterPixels(double v) { return static_cast<quint16>(std::clamp(std::lround(v * 4), 0L, 65535L)); }
inline double fromQuarterPixels(quint16 q) { return q / 4.0; }

class SpriteCache
{
public:
    /// Draws the sprite `key` with its centre at `centre` (to the nearest device pixel). A sprite
    /// not seen before is painted first by `paint(QPainter&)`, antialiased and centred on the
    /// origin, reaching at most `reach` pixels from it.
    template <class Paint>
    void draw(QPainter& p, QPointF centre, const SpriteKey& key, double reach, const Paint& paint)
    {
        const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
        if (dpr != m_dpr) m_cache.clear(), m_dpr = dpr; // another screen: every sprite again
        auto it = m_cache.constFind(key);
        if (it == m_cache.constEnd()) {
            if (m_cache.size() >= 4096) m_cache.clear(); // bounded whatever the zoom levels and colours seen
            const int side = static_cast<int>(std::ceil(2 * reach)) + 2;
            QImage img(QSize(side, side) * dpr, QImage::Format_ARGB32_Premultiplied);
            img.setDevicePixelRatio(dpr);
            img.fill(Qt::transparent);
            QPainter sp(&img);
            sp.setRenderHint(QPainter::Antialiasing);
            sp.translate(side / 2.0, side / 2.0);
            paint(sp);
            sp.end();
            it = m_cache.insert(key, std::move(img));
        }
        const double half = it->width() / dpr / 2.0;
        p.drawImage(QPointF(std::round((centre.x() - half) * dpr) / dpr, std::round((centre.y() - half) * dpr) / dpr), *it);
    }
    void clear() { m_cache.clear(); }
    int size() const { return static_cast<int>(m_cache.size()); }

private:
    QHash<SpriteKey, QImage> m_cache;
    qreal m_dpr = 1.0;
};

} // namespace ballast::ui

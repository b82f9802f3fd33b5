#!/usr/bin/env python3
"""Writes resources/demo/demo-book.json, Ballast's embedded demo book.

A battery-metals and commodities chain (mines in Chile, Australia, the DR Congo and Indonesia;
refiners in China, Korea and Japan; a Korean cell maker; a German automaker) financed on tokenized
collateral. Deterministic: the same script writes the same file. Real figures and their sources:
  * Aave v3 Ethereum risk parameters and oracle prices: Aave governance configuration report of
    2023-10-31 (bgd-labs/aave-proposals-v3, reports/), as in resources/data/aave-v3-...-2023-10-31.csv.
  * Crypto price paths for the replay scenarios: CoinGecko daily snapshots (resources/data/prices,
    collected in the MIT-licensed repository maciejnems/Rebalancer).
Commodity prices, pool depths, company names and balance sheets are illustrative, not market data.
Run from the repository root: python3 tools/make_demo_book.py [path-to-data, default resources/data]
"""
import csv
import json
import math
import os
import random
import sys

DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join("resources", "data")
OUT = os.path.join("resources", "demo", "demo-book.json")
rng = random.Random(20261120)

def r2(x, nd=2):
    return round(x, nd)

# ---- real figures ----------------------------------------------------------------------------
aave = {}
with open(os.path.join(DATA, "aave-v3-ethereum-risk-params-2023-10-31.csv")) as f:
    for row in csv.DictReader(f):
        aave[row["symbol"]] = row

def path(symbol, start, end):
    pts = []
    with open(os.path.join(DATA, "prices", f"{symbol}-usd-daily.csv")) as f:
        for row in csv.DictReader(f):
            day = row["snapped_at"][:10]
            if start <= day <= end:
                pts.append([day + "T00:00:00Z", float(row["price"])])
    return pts

def oracle(sym):
    return float(aave[sym]["oracle_price_usd"])

def risk(sym):
    a = aave[sym]
    return {"ltv": int(a["ltv_bps"]) / 1e4, "liquidationThreshold": int(a["liquidation_threshold_bps"]) / 1e4,
            "liquidationBonus": int(a["liquidation_bonus_bps"]) / 1e4, "protocolFee": int(a["liquidation_protocol_fee_bps"]) / 1e4}

book = {
    "format": "ballast.workbook",
    "version": 1,
    "meta": {
        "name": "Battery metals chain — demo book",
        "baseCurrency": "USD",
        "asOf": "2026-11-20T00:00:00Z",
        "sources": [
            "Aave v3 Ethereum risk parameters and oracle prices (WETH, wstETH, WBTC, LINK, USDC, DAI): Aave governance configuration report of 2023-10-31, bgd-labs/aave-proposals-v3 reports/",
            "Replay paths ETH, WBTC, LINK, DAI 2020-03-11..14 (Black Thursday): CoinGecko daily snapshots, via maciejnems/Rebalancer (MIT)",
            "Commodity prices, pool depths, company names and balance sheets: illustrative, not market data",
        ],
    },
    "settings": {
        "clearing": {"model": "rogers-veraart", "alpha": 0.8, "beta": 0.9},
        "cascade": {"maxRounds": 50, "arbitrage": True, "sellSeizedCollateral": True},
        "stress": {"confidence": [0.95, 0.99], "horizonDays": 1},
        "inventory": {"staleAttestationHaircut": 0.1},
    },
}

# ---- assets ------------------------------------------------------------------------------------
assets = [
    {"id": "WETH", "kind": "crypto", "name": "Wrapped Ether", "price": oracle("WETH"), "volatility": 0.65, "oracleHeartbeatSec": 3600, "oracleUpdatedAt": "2026-11-19T23:40:00Z"},
    {"id": "wstETH", "kind": "crypto", "name": "Wrapped staked Ether", "price": oracle("wstETH"), "volatility": 0.66, "oracleHeartbeatSec": 86400, "oracleUpdatedAt": "2026-11-19T12:00:00Z"},
    {"id": "WBTC", "kind": "crypto", "name": "Wrapped Bitcoin", "price": oracle("WBTC"), "volatility": 0.55, "oracleHeartbeatSec": 3600, "oracleUpdatedAt": "2026-11-19T23:30:00Z"},
    {"id": "LINK", "kind": "crypto", "name": "Chainlink", "price": oracle("LINK"), "volatility": 0.85, "oracleHeartbeatSec": 3600, "oracleUpdatedAt": "2026-11-19T23:50:00Z"},
    {"id": "USDC", "kind": "stablecoin", "name": "USD Coin", "price": oracle("USDC"), "volatility": 0.02, "oracleHeartbeatSec": 86400, "oracleUpdatedAt": "2026-11-19T06:00:00Z"},
    {"id": "DAI", "kind": "stablecoin", "name": "Dai", "price": oracle("DAI"), "volatility": 0.03, "oracleHeartbeatSec": 3600, "oracleUpdatedAt": "2026-11-19T23:55:00Z"},
    {"id": "USD", "kind": "fiat", "name": "US dollar", "price": 1.0},
    {"id": "CU", "kind": "commodity", "name": "Copper cathode", "unit": "t", "price": 9400, "volatility": 0.22},
    {"id": "AL", "kind": "commodity", "name": "Aluminium", "unit": "t", "price": 2250, "volatility": 0.2},
    {"id": "NI", "kind": "commodity", "name": "Nickel", "unit": "t", "price": 17800, "volatility": 0.38},
    {"id": "LI", "kind": "commodity", "name": "Lithium carbonate", "unit": "t", "price": 13500, "volatility": 0.55},
    {"id": "CO", "kind": "commodity", "name": "Cobalt", "unit": "t", "price": 33000, "volatility": 0.4},
    {"id": "COFFEE", "kind": "commodity", "name": "Arabica coffee", "unit": "t", "price": 4300, "volatility": 0.32},
]
corr = [("WETH", "WBTC", 0.8), ("WETH", "wstETH", 0.98), ("WETH", "LINK", 0.7), ("WBTC", "LINK", 0.6),
        ("CU", "AL", 0.6), ("CU", "NI", 0.5), ("NI", "CO", 0.55), ("LI", "NI", 0.45), ("LI", "CO", 0.4),
        ("USDC", "DAI", 0.5)]

# ---- nodes -------------------------------------------------------------------------------------
nodes = []
def node(id, type, name, tier=0, region="", **kw):
    n = {"id": id, "type": type, "name": name, "tier": tier, "region": region}
    n.update(kw)
    nodes.append(n)
    return id

def company(id, type, name, tier, region, equity):
    return node(id, type, name, tier, region, equity=equity, externalAssets=r2(equity * rng.uniform(1.3, 2.2), 0),
                externalLiabilities=r2(equity * rng.uniform(0.2, 0.7), 0), cash=r2(equity * rng.uniform(0.04, 0.2), 0),
                dailyCosts=r2(equity * rng.uniform(0.002, 0.006), 0))

mines = [company("mine-cl-cu", "supplier", "Andes Copper (Antofagasta)", 4, "CL", 4.0e8),
         company("mine-cl-cu2", "supplier", "Atacama Cobre Norte", 4, "CL", 1.6e8),
         company("mine-pe-cu", "supplier", "Sierra Sur Copper", 4, "PE", 1.2e8),
         company("mine-cl-li", "supplier", "Salar Lithium (Atacama)", 4, "CL", 2.5e8),
         company("mine-au-li", "supplier", "Pilbara Spodumene", 4, "AU", 3.0e8),
         company("mine-cd-co", "supplier", "Katanga Cobalt", 4, "CD", 1.5e8),
         company("mine-id-ni", "supplier", "Sulawesi Nickel", 4, "ID", 2.2e8),
         company("mine-au-ni", "supplier", "Kambalda Nickel", 4, "AU", 0.9e8),
         company("farm-br-cof", "supplier", "Cerrado Coffee Cooperative", 4, "BR", 0.4e8),
         company("mine-gn-al", "supplier", "Boké Bauxite & Alumina", 4, "GN", 1.1e8)]
refiners = [company("ref-cn-cu", "manufacturer", "Jiangxi Copper Refining", 3, "CN", 5.0e8),
            company("ref-cn-li", "manufacturer", "Sichuan Lithium Chemicals", 3, "CN", 3.2e8),
            company("ref-kr-ni", "manufacturer", "Ulsan Nickel Refinery", 3, "KR", 2.0e8),
            company("ref-jp-co", "manufacturer", "Niihama Cobalt Works", 3, "JP", 1.8e8),
            company("ref-cn-co", "manufacturer", "Zhejiang Precursor Co.", 3, "CN", 2.6e8),
            company("ref-de-cu", "manufacturer", "Hamburg Copper Works", 3, "DE", 2.4e8),
            company("ref-ae-al", "manufacturer", "Gulf Aluminium Smelter", 3, "AE", 3.0e8)]
cells = [company("cell-kr", "manufacturer", "Hanbit Cells", 2, "KR", 6.0e8),
         company("cell-cn", "manufacturer", "Ningde Energy Cells", 2, "CN", 9.0e8),
         company("cell-pl", "manufacturer", "Wrocław Battery Plant", 2, "PL", 2.2e8),
         company("cath-kr", "manufacturer", "Pohang Cathode Materials", 2, "KR", 2.8e8),
         company("wire-de", "manufacturer", "Rhein Kabelwerk", 2, "DE", 1.4e8),
         company("roast-de", "manufacturer", "Hamburg Coffee Roasters", 2, "DE", 0.5e8)]
oems = [company("auto-de", "manufacturer", "Rheinauto AG", 1, "DE", 2.0e9),
        company("auto-us", "manufacturer", "Lakeshore Motors", 1, "US", 1.2e9),
        company("ess-us", "manufacturer", "GridBank Storage", 1, "US", 3.0e8),
        company("dist-eu", "distributor", "EuroParts Distribution", 1, "NL", 1.5e8),
        company("dist-asia", "distributor", "Pacific Components Supply", 1, "SG", 1.2e8)]
retail = [company("ret-eu", "retailer", "Autohaus Group", 0, "DE", 1.8e8),
          company("ret-us", "retailer", "Sunbelt Auto Retail", 0, "US", 1.3e8),
          company("ret-cafe", "retailer", "Nordic Café Chain", 0, "SE", 0.3e8)]
ports = {
    "port-antofagasta": ("Port of Antofagasta", "CL"), "port-hedland": ("Port Hedland", "AU"),
    "port-shanghai": ("Port of Shanghai", "CN"), "port-busan": ("Port of Busan", "KR"),
    "port-rotterdam": ("Port of Rotterdam", "NL"), "port-singapore": ("Port of Singapore", "SG"),
    "port-santos": ("Port of Santos", "BR"), "port-dar": ("Port of Dar es Salaam", "TZ"),
    "port-hamburg": ("Port of Hamburg", "DE"), "port-la": ("Port of Los Angeles", "US"),
}
for pid, (name, reg) in ports.items():
    node(pid, "port", name, 0, reg, equity=5e8)
carriers = [node("car-pacific", "carrier", "Pacific Bulk Lines", 0, "SG", equity=4e8),
            node("car-andes", "carrier", "Andes Shipping", 0, "CL", equity=1.5e8),
            node("car-north", "carrier", "Nordic Container Line", 0, "DK", equity=6e8),
            node("car-rail", "carrier", "Trans-Eurasia Rail Freight", 0, "KZ", equity=1e8)]
warehouses = {
    "wh-rotterdam": ("Rotterdam Metals Warehouse", "NL"), "wh-shanghai": ("Yangshan Bonded Warehouse", "CN"),
    "wh-busan": ("Busan Free-Trade Warehouse", "KR"), "wh-antofagasta": ("Antofagasta Bonded Yard", "CL"),
    "wh-singapore": ("Jurong Metals Store", "SG"), "wh-hamburg": ("Hamburg Coffee Store", "DE"),
}
for wid, (name, reg) in warehouses.items():
    company(wid, "warehouse", name, 0, reg, 6e7)
traders = [company("trd-geneva", "distributor", "Lac Léman Commodities", 2, "CH", 9e8),
           company("trd-sg", "distributor", "Straits Metals Trading", 2, "SG", 4e8),
           company("fund-credit", "fund", "Harbour Private Credit Fund", 0, "GB", 6e8),
           company("fund-dao", "fund", "Onchain Treasury DAO", 0, "", 2.5e8),
           company("mm-1", "fund", "Tidewater Market Making", 0, "US", 1.5e8)]
node("treasury", "treasury", "Our treasury", 0, "NL", equity=3.5e8, externalAssets=5e8, externalLiabilities=1e8, cash=6e7, dailyCosts=8e5)
node("insurer-1", "insurer", "Lloyd's Syndicate 2471 (illustrative)", 0, "GB", equity=1.2e9, externalAssets=3e9)
node("insurer-2", "insurer", "Parametrix Re", 0, "BM", equity=4e8, externalAssets=9e8)
node("bank-a", "lender", "Hanse Handelsbank", 0, "DE", equity=2.5e9, externalAssets=3e10, externalLiabilities=2.7e10,
     riskParams={}, closeFactor=1.0, fullCloseBelowHealthFactor=1.0, circuitBreaker={"maxDropPerRound": 0.3, "haltRounds": 1})
node("oracle-1", "oracle", "Chainlink price feeds", 0, "", chain="ethereum")
node("oracle-rwa", "oracle", "Warehouse attestation oracle", 0, "", chain="ethereum")

# lending venues
aave_params = {s: risk(s) for s in ["WETH", "wstETH", "WBTC", "LINK", "USDC", "DAI"]}
node("aave-eth", "lending-venue", "Aave v3 Ethereum", 0, "", chain="ethereum", finalitySec=768, closeFactor=0.5,
     fullCloseBelowHealthFactor=0.95, riskParams=aave_params, equity=1.5e8,
     circuitBreaker={"maxDropPerRound": 0.25, "haltRounds": 2, "oracleMaxJump": 0.5})
node("tf-pool", "lending-venue", "Meridian Trade-Finance Pool", 0, "", chain="polygon", finalitySec=256, closeFactor=0.5,
     fullCloseBelowHealthFactor=0.95, riskParams={}, equity=6e7,
     circuitBreaker={"maxDropPerRound": 0.2, "haltRounds": 2, "maxLiquidationPerRound": 5e6})
node("rwa-vault", "lending-venue", "Tokenized Metals Vault", 0, "", chain="ethereum", finalitySec=768, closeFactor=0.5,
     fullCloseBelowHealthFactor=0.95, riskParams={}, equity=8e7)
# trading venues
node("uni-eth", "amm-venue", "Uniswap (Ethereum)", 0, "", chain="ethereum", finalitySec=768)
node("curve-eth", "amm-venue", "Stable AMM (Ethereum)", 0, "", chain="ethereum", finalitySec=768)
node("rwa-amm", "amm-venue", "Tokenized-commodity AMM", 0, "", chain="polygon", finalitySec=256)
node("cex", "exchange", "Northgate Exchange", 0, "US")
node("lme", "exchange", "Metals Exchange (LME-style book)", 0, "GB")
node("otc-desk", "otc-desk", "Tidewater OTC", 0, "US")
node("tf-market", "otc-desk", "Invoice secondary market", 0, "")

# ---- inventory tokens (warehouse receipts), some on ships -----------------------------------
inv_tokens = []
def inventory(id, underlying, location, hours_ago, decay=0.0, shipment=None, units=1.0, max_age=72):
    a = {"id": id, "kind": "inventory-token", "underlying": underlying, "unitsPerToken": units, "location": location,
         "attestedAt": f"2026-11-{19 - hours_ago // 24:02d}T{(24 - hours_ago % 24) % 24:02d}:00:00Z",
         "attestationMaxAgeHours": max_age, "decayPerDay": decay}
    if shipment:
        a["shipment"] = shipment
    assets.append(a)
    inv_tokens.append(id)

inventory("wCU-ROT-1", "CU", "wh-rotterdam", 10)
inventory("wCU-ROT-2", "CU", "wh-rotterdam", 30)
inventory("wCU-SHA-1", "CU", "wh-shanghai", 20)
inventory("wCU-SEA-17", "CU", "wh-rotterdam", 90, shipment="shp-17")   # attestation overdue, on a ship
inventory("wLI-BUS-1", "LI", "wh-busan", 12)
inventory("wLI-ANT-1", "LI", "wh-antofagasta", 40)
inventory("wLI-SEA-22", "LI", "wh-busan", 20, shipment="shp-22")
inventory("wNI-SHA-1", "NI", "wh-shanghai", 8)
inventory("wNI-SIN-1", "NI", "wh-singapore", 50)
inventory("wCO-SHA-1", "CO", "wh-shanghai", 16)
inventory("wAL-ROT-1", "AL", "wh-rotterdam", 26)
inventory("wCOF-HAM-1", "COFFEE", "wh-hamburg", 20, decay=0.002)
inventory("wCOF-SEA-31", "COFFEE", "wh-hamburg", 30, decay=0.003, shipment="shp-31")

# ---- links ------------------------------------------------------------------------------------
links = []
def link(**kw):
    links.append(kw)
    return kw["id"]

supply = [("mine-cl-cu", "ref-cn-cu", 0.5), ("mine-cl-cu", "ref-de-cu", 0.3), ("mine-cl-cu2", "ref-cn-cu", 0.3),
          ("mine-pe-cu", "ref-de-cu", 0.4), ("mine-cl-li", "ref-cn-li", 0.6), ("mine-au-li", "ref-cn-li", 0.4),
          ("mine-au-li", "cath-kr", 0.3), ("mine-cd-co", "ref-jp-co", 0.5), ("mine-cd-co", "ref-cn-co", 0.5),
          ("mine-id-ni", "ref-kr-ni", 0.6), ("mine-au-ni", "ref-kr-ni", 0.3), ("mine-gn-al", "ref-ae-al", 0.7),
          ("farm-br-cof", "roast-de", 0.8),
          ("ref-cn-cu", "wire-de", 0.3), ("ref-de-cu", "wire-de", 0.6), ("ref-cn-cu", "cell-cn", 0.3),
          ("ref-cn-li", "cell-cn", 0.5), ("ref-cn-li", "cath-kr", 0.3), ("ref-kr-ni", "cath-kr", 0.7),
          ("ref-jp-co", "cath-kr", 0.5), ("ref-cn-co", "cell-cn", 0.4), ("ref-cn-co", "cell-pl", 0.3),
          ("ref-ae-al", "auto-de", 0.2), ("cath-kr", "cell-kr", 0.8), ("cath-kr", "cell-pl", 0.2),
          ("cell-kr", "auto-de", 0.5), ("cell-kr", "auto-us", 0.3), ("cell-cn", "auto-de", 0.2),
          ("cell-cn", "ess-us", 0.4), ("cell-pl", "auto-de", 0.3), ("wire-de", "auto-de", 0.2),
          ("roast-de", "ret-cafe", 0.7), ("auto-de", "dist-eu", 0.5), ("auto-us", "ret-us", 0.6),
          ("auto-de", "ret-eu", 0.4), ("dist-eu", "ret-eu", 0.5), ("ess-us", "dist-asia", 0.3),
          ("dist-asia", "ret-us", 0.2), ("trd-geneva", "ref-cn-cu", 0.2), ("trd-sg", "ref-kr-ni", 0.1)]
# traders sit between mines and refiners
supply += [("mine-cl-cu", "trd-geneva", 0.2), ("mine-id-ni", "trd-sg", 0.3)]
for i, (a, b, s) in enumerate(supply):
    link(id=f"sup-{i + 1}", type="supply", **{"from": a}, to=b, share=s, leadTimeDays=rng.choice([14, 21, 30, 45, 60]))

def ship(id, a, b, asset, qty, dep, days, via, std):
    from datetime import datetime, timedelta, timezone
    d = datetime.fromisoformat(dep.replace("Z", "+00:00"))
    eta = d + timedelta(days=days)
    return link(id=id, type="shipment", **{"from": a}, to=b, asset=asset, quantity=qty, departed=dep,
                eta=eta.strftime("%Y-%m-%dT%H:%M:%SZ"), transitDays={"mean": r2(days * 1.06, 1), "std": std}, via=via)

ship("shp-17", "mine-cl-cu", "wh-rotterdam", "CU", 500, "2026-11-01T00:00:00Z", 24, ["port-antofagasta", "port-rotterdam"], 4)
ship("shp-18", "mine-cl-cu", "ref-cn-cu", "CU", 1800, "2026-11-05T00:00:00Z", 32, ["port-antofagasta", "port-shanghai"], 5)
ship("shp-19", "mine-cl-cu2", "ref-cn-cu", "CU", 900, "2026-11-12T00:00:00Z", 33, ["port-antofagasta", "port-shanghai"], 5)
ship("shp-20", "mine-pe-cu", "ref-de-cu", "CU", 700, "2026-11-03T00:00:00Z", 27, ["port-rotterdam", "port-hamburg"], 4)
ship("shp-21", "mine-cl-li", "ref-cn-li", "LI", 300, "2026-11-08T00:00:00Z", 30, ["port-antofagasta", "port-shanghai"], 6)
ship("shp-22", "mine-au-li", "cath-kr", "LI", 220, "2026-11-14T00:00:00Z", 14, ["port-hedland", "port-busan"], 3)
ship("shp-23", "mine-au-li", "ref-cn-li", "LI", 400, "2026-11-10T00:00:00Z", 16, ["port-hedland", "port-shanghai"], 3)
ship("shp-24", "mine-cd-co", "ref-jp-co", "CO", 120, "2026-10-25T00:00:00Z", 40, ["port-dar", "port-singapore"], 8)
ship("shp-25", "mine-cd-co", "ref-cn-co", "CO", 150, "2026-11-02T00:00:00Z", 34, ["port-dar", "port-shanghai"], 7)
ship("shp-26", "mine-id-ni", "ref-kr-ni", "NI", 600, "2026-11-11T00:00:00Z", 12, ["port-singapore", "port-busan"], 2)
ship("shp-27", "ref-kr-ni", "cath-kr", "NI", 300, "2026-11-18T00:00:00Z", 2, [], 0.5)
ship("shp-28", "ref-cn-li", "cell-cn", "LI", 200, "2026-11-17T00:00:00Z", 5, [], 1)
ship("shp-29", "ref-cn-cu", "wire-de", "CU", 400, "2026-11-06T00:00:00Z", 36, ["port-shanghai", "port-singapore", "port-rotterdam"], 5)
ship("shp-30", "mine-gn-al", "ref-ae-al", "AL", 5000, "2026-11-09T00:00:00Z", 18, [], 3)
ship("shp-31", "farm-br-cof", "roast-de", "COFFEE", 240, "2026-11-04T00:00:00Z", 21, ["port-santos", "port-hamburg"], 3)
ship("shp-32", "mine-au-ni", "ref-kr-ni", "NI", 250, "2026-11-15T00:00:00Z", 13, ["port-hedland", "port-busan"], 2)
ship("shp-33", "ref-jp-co", "cath-kr", "CO", 60, "2026-11-16T00:00:00Z", 4, ["port-busan"], 1)
ship("shp-34", "trd-sg", "ref-kr-ni", "NI", 200, "2026-11-13T00:00:00Z", 6, ["port-singapore", "port-busan"], 1)

# invoices: the buyer owes the seller (payable on delivery), plus bank and fund obligations
obligations = [("ref-cn-cu", "mine-cl-cu", 16.9e6, 15), ("ref-cn-cu", "mine-cl-cu2", 8.5e6, 25), ("ref-de-cu", "mine-pe-cu", 6.6e6, 20),
               ("ref-cn-li", "mine-cl-li", 4.1e6, 30), ("cath-kr", "mine-au-li", 3.0e6, 10), ("ref-cn-li", "mine-au-li", 5.4e6, 18),
               ("ref-jp-co", "mine-cd-co", 4.0e6, 35), ("ref-cn-co", "mine-cd-co", 5.0e6, 28), ("ref-kr-ni", "mine-id-ni", 10.7e6, 12),
               ("ref-kr-ni", "mine-au-ni", 4.4e6, 14), ("cath-kr", "ref-kr-ni", 5.3e6, 7), ("cell-cn", "ref-cn-li", 2.7e6, 9),
               ("wire-de", "ref-cn-cu", 3.8e6, 40), ("ref-ae-al", "mine-gn-al", 11.3e6, 22), ("roast-de", "farm-br-cof", 1.0e6, 25),
               ("cath-kr", "ref-jp-co", 2.0e6, 8), ("cell-kr", "cath-kr", 22.0e6, 30), ("auto-de", "cell-kr", 41.0e6, 45),
               ("auto-us", "cell-kr", 24.0e6, 45), ("auto-de", "cell-cn", 18.0e6, 60), ("ess-us", "cell-cn", 9.5e6, 30),
               ("auto-de", "cell-pl", 11.0e6, 30), ("auto-de", "wire-de", 4.5e6, 30), ("dist-eu", "auto-de", 12.0e6, 30),
               ("ret-eu", "auto-de", 15.0e6, 45), ("ret-us", "auto-us", 13.0e6, 45), ("ret-cafe", "roast-de", 0.8e6, 15),
               ("ref-cn-cu", "trd-geneva", 6.0e6, 20), ("trd-geneva", "mine-cl-cu", 5.5e6, 18), ("ref-kr-ni", "trd-sg", 3.5e6, 10),
               ("trd-sg", "mine-id-ni", 3.0e6, 12), ("ref-cn-cu", "bank-a", 40.0e6, 90), ("cell-kr", "bank-a", 60.0e6, 120),
               ("trd-geneva", "fund-credit", 30.0e6, 60), ("mine-cl-li", "fund-credit", 12.0e6, 90),
               ("mine-cd-co", "fund-credit", 9.0e6, 75), ("treasury", "fund-credit", 10.0e6, 180),
               ("cell-pl", "bank-a", 14.0e6, 90), ("ref-cn-li", "bank-a", 18.0e6, 60), ("mine-id-ni", "fund-credit", 15.0e6, 60),
               ("auto-us", "bank-a", 35.0e6, 180), ("dist-asia", "ess-us", 2.5e6, 30)]
for i, (a, b, amount, days) in enumerate(obligations):
    link(id=f"inv-{301 + i}", type="obligation", **{"from": a}, to=b, amount=amount,
         due=f"2026-{12 if days > 11 else 11}-{(days % 28) + 1:02d}T00:00:00Z")
# credit lines and a bridge
for i, (lender, borrower, limit) in enumerate([("bank-a", "ref-cn-cu", 5e7), ("bank-a", "cell-kr", 8e7), ("fund-credit", "trd-geneva", 4e7),
                                               ("bank-a", "auto-de", 2e8), ("fund-credit", "mine-cl-li", 2e7)]):
    link(id=f"cl-{i + 1}", type="credit-line", **{"from": lender}, to=borrower, limit=limit)
link(id="bridge-eth-poly", type="bridge", **{"from": "aave-eth"}, to="tf-pool", latencySec=1800, capacity=2.5e7)

# invoice tokens: eight receivables tokenised and financed by the trade-finance pool
invoice_tokens = []
for i, oid in enumerate(["inv-301", "inv-302", "inv-305", "inv-309", "inv-317", "inv-318", "inv-319", "inv-320"]):
    o = next(l for l in links if l["id"] == oid)
    tid = f"iTOK-{oid[4:]}"
    assets.append({"id": tid, "kind": "invoice-token", "name": f"Invoice {oid} ({o['from']} owes {o['to']})",
                   "obligation": oid, "faceValue": o["amount"], "discount": r2(0.02 + 0.01 * (i % 4), 3)})
    invoice_tokens.append((tid, o))

# venue risk parameters for tokens (illustrative, in the style of real-world-asset pools)
tf = next(n for n in nodes if n["id"] == "tf-pool")
for t, o in invoice_tokens:
    tf["riskParams"][t] = {"ltv": 0.75, "liquidationThreshold": 0.8, "liquidationBonus": 1.05, "protocolFee": 0.1}
for t in inv_tokens:
    tf["riskParams"][t] = {"ltv": 0.65, "liquidationThreshold": 0.72, "liquidationBonus": 1.08, "protocolFee": 0.1}
vault = next(n for n in nodes if n["id"] == "rwa-vault")
for t in inv_tokens + ["WETH", "USDC"]:
    vault["riskParams"][t] = {"ltv": 0.7, "liquidationThreshold": 0.78, "liquidationBonus": 1.06, "protocolFee": 0.1} if t in inv_tokens else risk(t)
bank = next(n for n in nodes if n["id"] == "bank-a")
for t in inv_tokens + ["CU", "NI", "LI", "CO", "AL"]:
    bank["riskParams"][t] = {"ltv": 0.7, "liquidationThreshold": 0.8, "liquidationBonus": 1.05, "protocolFee": 0.0}

# ---- pools --------------------------------------------------------------------------------------
pools = []
def cp(id, venue, base, quote, rb, rq, fee=30):
    pools.append({"id": id, "venue": venue, "model": "constant-product", "base": base, "quote": quote,
                  "reserveBase": r2(rb, 4), "reserveQuote": r2(rq, 2), "feeBps": fee})
def v3(id, venue, base, quote, price, ranges, fee=5):
    pools.append({"id": id, "venue": venue, "model": "concentrated", "base": base, "quote": quote, "feeBps": fee,
                  "price": price, "ranges": [{"lower": r2(lo, 6), "upper": r2(hi, 6), "liquidity": r2(L, 2)} for lo, hi, L in ranges]})
def book_(id, venue, base, quote, mid, spread, level_size, levels=12, fee=10):
    bids = [[r2(mid * (1 - spread * (k + 1)), 6), r2(level_size * (1 + 0.25 * k), 4)] for k in range(levels)]
    asks = [[r2(mid * (1 + spread * (k + 1)), 6), r2(level_size * (1 + 0.25 * k), 4)] for k in range(levels)]
    pools.append({"id": id, "venue": venue, "model": "order-book", "base": base, "quote": quote, "feeBps": fee, "bids": bids, "asks": asks})
def expo(id, venue, base, quote, price, market, impact=1.0, fee=20):
    pools.append({"id": id, "venue": venue, "model": "exponential-impact", "base": base, "quote": quote, "feeBps": fee,
                  "price": price, "impact": impact, "marketSize": market})

px = {a["id"]: a.get("price") for a in assets}
cp("uni-weth-usdc", "uni-eth", "WETH", "USDC", 12000, 12000 * px["WETH"])
v3("uni3-weth-usdc", "uni-eth", "WETH", "USDC", px["WETH"], [(1500, 2200, 3.1e6), (1200, 3000, 0.9e6)])
cp("uni-wbtc-usdc", "uni-eth", "WBTC", "USDC", 300, 300 * px["WBTC"])
v3("uni3-wbtc-usdc", "uni-eth", "WBTC", "USDC", px["WBTC"], [(28000, 42000, 2.2e5)])
cp("uni-wsteth-weth", "uni-eth", "wstETH", "USDC", 3000, 3000 * px["wstETH"])
cp("uni-link-usdc", "uni-eth", "LINK", "USDC", 400000, 400000 * px["LINK"])
cp("curve-usdc-usd", "curve-eth", "USDC", "USD", 8e7, 8e7 * px["USDC"], fee=4)
cp("curve-dai-usd", "curve-eth", "DAI", "USD", 5e7, 5e7 * px["DAI"], fee=4)
book_("cex-weth-usd", "cex", "WETH", "USD", px["WETH"], 0.0015, 180)
book_("cex-wbtc-usd", "cex", "WBTC", "USD", px["WBTC"], 0.0012, 9)
book_("cex-link-usd", "cex", "LINK", "USD", px["LINK"], 0.002, 30000)
book_("lme-cu", "lme", "CU", "USD", 9400, 0.0008, 250)
book_("lme-al", "lme", "AL", "USD", 2250, 0.0008, 900)
book_("lme-ni", "lme", "NI", "USD", 17800, 0.0015, 60)
expo("otc-cu", "otc-desk", "CU", "USD", 9400, 50000)
expo("otc-li", "otc-desk", "LI", "USD", 13500, 6000, impact=1.2, fee=40)
expo("otc-co", "otc-desk", "CO", "USD", 33000, 2500, impact=1.2, fee=40)
expo("otc-ni", "otc-desk", "NI", "USD", 17800, 12000)
expo("otc-coffee", "otc-desk", "COFFEE", "USD", 4300, 15000, fee=30)
v3("rwa-wcu-usdc", "rwa-amm", "wCU-ROT-1", "USDC", 9400, [(8000, 11000, 3.0e4)], fee=30)
cp("rwa-wli-usdc", "rwa-amm", "wLI-BUS-1", "USDC", 120, 120 * 13500, fee=30)
for t, o in invoice_tokens:
    fv = o["amount"]
    expo(f"tfm-{t}", "tf-market", t, "USD", r2(fv * 0.96, 0), 4.0, impact=0.6, fee=50)

# ---- positions and loans ---------------------------------------------------------------------
positions, loans = [], []
pos_n = [0]
def position(owner, asset, qty, venue=None, pledged=None):
    pos_n[0] += 1
    p = {"id": f"pos-{pos_n[0]}", "owner": owner, "asset": asset, "quantity": r2(qty, 6)}
    if venue:
        p["venue"] = venue
    if pledged:
        p["pledgedTo"] = pledged
    positions.append(p)
    return p["id"]

def price_of(asset):
    a = next(x for x in assets if x["id"] == asset)
    if a["kind"] == "inventory-token":
        return px[a["underlying"]] * a.get("unitsPerToken", 1)
    if a["kind"] == "invoice-token":
        return a["faceValue"] * (1 - a["discount"])
    return a["price"]

def loan(borrower, venue, debt_asset, collateral, target_hf, lt_of):
    lid = f"loan-{len(loans) + 1}"
    ids, cv = [], 0.0
    for asset, value in collateral:
        q = value / price_of(asset)
        ids.append(position(borrower, asset, q, venue, lid))
        cv += q * price_of(asset) * lt_of(asset)
    debt_price = px.get(debt_asset) or 1.0
    loans.append({"id": lid, "borrower": borrower, "venue": venue, "lender": venue, "debtAsset": debt_asset,
                  "debt": r2(cv / target_hf / debt_price, 2), "collateral": ids})

aave_lt = lambda a: aave_params[a]["liquidationThreshold"]
crypto_borrowers = ["treasury", "fund-dao", "mm-1", "trd-geneva", "trd-sg", "fund-credit", "ref-cn-cu", "cell-kr",
                    "ref-cn-li", "mine-au-li", "ret-us", "auto-us"]
# Aave loans: a realistic spread of health factors, from comfortable to a few close to 1
for i in range(30):
    b = crypto_borrowers[i % len(crypto_borrowers)]
    main = rng.choice(["WETH", "WETH", "WETH", "wstETH", "WBTC", "WBTC", "LINK"])
    coll = [(main, rng.lognormvariate(math.log(2.5e6), 0.8))]
    if rng.random() < 0.35:
        coll.append((rng.choice(["WBTC", "LINK", "USDC", "DAI"]), rng.lognormvariate(math.log(6e5), 0.6)))
    hf = rng.choice([1.04, 1.08, 1.12, 1.18, 1.25, 1.35, 1.5, 1.7, 2.1, 2.8])
    loan(b, "aave-eth", rng.choice(["USDC", "USDC", "DAI"]), coll, hf, aave_lt)

# trade-finance pool: inventory tokens and invoice tokens
tf_lt = lambda a: tf["riskParams"][a]["liquidationThreshold"]
for t, o in invoice_tokens:
    loan(o["to"], "tf-pool", "USDC", [(t, o["amount"] * 0.96)], rng.choice([1.06, 1.12, 1.2, 1.3]), tf_lt)
inv_owner = {"wCU-ROT-1": "trd-geneva", "wCU-ROT-2": "ref-de-cu", "wCU-SHA-1": "ref-cn-cu", "wCU-SEA-17": "mine-cl-cu",
             "wLI-BUS-1": "cath-kr", "wLI-ANT-1": "mine-cl-li", "wLI-SEA-22": "mine-au-li", "wNI-SHA-1": "ref-kr-ni",
             "wNI-SIN-1": "trd-sg", "wCO-SHA-1": "ref-cn-co", "wAL-ROT-1": "ref-ae-al", "wCOF-HAM-1": "roast-de",
             "wCOF-SEA-31": "farm-br-cof"}
for t in inv_tokens:
    for k in range(2):
        loan(inv_owner[t], "tf-pool", "USDC", [(t, rng.lognormvariate(math.log(1.8e6), 0.5))], rng.choice([1.03, 1.1, 1.15, 1.22, 1.4]), tf_lt)
vault_lt = lambda a: vault["riskParams"][a]["liquidationThreshold"]
for t in inv_tokens[:8]:
    loan(inv_owner[t], "rwa-vault", "USDC", [(t, rng.lognormvariate(math.log(1.2e6), 0.4)), ("WETH", 3e5)], rng.choice([1.05, 1.15, 1.3]), vault_lt)
bank_lt = lambda a: bank["riskParams"][a]["liquidationThreshold"]
for t in ["wCU-ROT-2", "wNI-SIN-1", "wLI-ANT-1", "wAL-ROT-1", "wCO-SHA-1"]:
    loan(inv_owner[t], "bank-a", "USD", [(t, rng.lognormvariate(math.log(4e6), 0.3))], rng.choice([1.1, 1.25, 1.4]), bank_lt)

# unpledged holdings: treasury, funds, traders and companies across every asset and venue
holders = ["treasury"] * 6 + ["fund-dao", "mm-1", "fund-credit", "trd-geneva", "trd-sg"] * 3 + \
          [n["id"] for n in nodes if n["type"] in ("supplier", "manufacturer", "distributor", "retailer", "warehouse")]
venues_for = {"crypto": ["aave-eth", "uni-eth", "cex", None], "stablecoin": ["curve-eth", "cex", None], "fiat": [None],
              "commodity": ["lme", "otc-desk", None], "inventory-token": ["rwa-amm", None], "invoice-token": ["tf-market"]}
free_assets = [a for a in assets if a["kind"] != "invoice-token"]
while len(positions) < 330:
    a = rng.choice(free_assets)
    owner = rng.choice(holders)
    value = rng.lognormvariate(math.log(8e5), 1.1)
    if a["id"] in ("CU", "AL", "NI", "LI", "CO", "COFFEE") and owner.startswith(("fund", "mm")):
        continue  # funds hold metal only through tokens
    position(owner, a["id"], value / price_of(a["id"]), rng.choice(venues_for[a["kind"]]))

# ---- derivatives ------------------------------------------------------------------------------
derivatives = [
    {"id": "put-cu-1", "type": "european-put", "holder": "ref-cn-cu", "counterparty": "bank-a", "underlying": "CU", "strike": 9000,
     "years": 0.5, "quantity": 1000, "volatility": 0.22, "rate": 0.04, "dividendYield": 0.0},
    {"id": "put-cu-2", "type": "european-put", "holder": "trd-geneva", "counterparty": "otc-desk", "underlying": "CU", "strike": 8800,
     "years": 0.25, "quantity": 600, "volatility": 0.24, "rate": 0.04},
    {"id": "call-li-fut", "type": "european-call", "holder": "cell-kr", "counterparty": "bank-a", "underlying": "LI", "onFuture": True,
     "strike": 14000, "years": 0.75, "quantity": 400, "volatility": 0.55, "rate": 0.04},
    {"id": "put-ni-1", "type": "european-put", "holder": "ref-kr-ni", "counterparty": "bank-a", "underlying": "NI", "strike": 16500,
     "years": 0.5, "quantity": 500, "volatility": 0.38, "rate": 0.04},
    {"id": "put-weth-1", "type": "european-put", "holder": "treasury", "counterparty": "cex", "underlying": "WETH", "strike": 1500,
     "years": 0.25, "quantity": 2000, "volatility": 0.65, "rate": 0.04},
    {"id": "call-weth-1", "type": "european-call", "holder": "mm-1", "counterparty": "cex", "underlying": "WETH", "strike": 2200,
     "years": 0.25, "quantity": -800, "volatility": 0.62, "rate": 0.04},
    {"id": "put-wbtc-1", "type": "european-put", "holder": "fund-dao", "counterparty": "cex", "underlying": "WBTC", "strike": 30000,
     "years": 0.5, "quantity": 40, "volatility": 0.55, "rate": 0.04},
    {"id": "fut-co-1", "type": "future", "holder": "cath-kr", "counterparty": "otc-desk", "underlying": "CO", "strike": 32500,
     "years": 0.5, "quantity": 80, "rate": 0.04},
    {"id": "fut-al-1", "type": "future", "holder": "auto-de", "counterparty": "lme", "underlying": "AL", "strike": 2300,
     "years": 1.0, "quantity": 3000, "rate": 0.04},
    {"id": "dly-17", "type": "delivery-delay-option", "holder": "wh-rotterdam", "counterparty": "insurer-1", "shipment": "shp-17",
     "thresholdDays": 5, "payoutPerDay": 20000, "cap": 400000},
    {"id": "dly-18", "type": "delivery-delay-option", "holder": "ref-cn-cu", "counterparty": "insurer-1", "shipment": "shp-18",
     "thresholdDays": 4, "payoutPerDay": 60000, "cap": 1200000},
    {"id": "dly-22", "type": "delivery-delay-option", "holder": "cath-kr", "counterparty": "insurer-2", "shipment": "shp-22",
     "thresholdDays": 3, "payoutPerDay": 35000, "cap": 500000},
    {"id": "dly-31", "type": "delivery-delay-option", "holder": "roast-de", "counterparty": "insurer-2", "shipment": "shp-31",
     "thresholdDays": 4, "payoutPerDay": 8000, "cap": 150000},
    {"id": "cov-sha", "type": "parametric-cover", "holder": "ref-cn-cu", "counterparty": "insurer-1",
     "trigger": {"metric": "delay-days", "node": "port-shanghai", "threshold": 7}, "payout": 1000000},
    {"id": "cov-bus", "type": "parametric-cover", "holder": "cell-kr", "counterparty": "insurer-2",
     "trigger": {"metric": "delay-days", "node": "port-busan", "threshold": 5}, "payout": 2500000},
]
if len(derivatives) < 15:
    raise SystemExit("derivatives missing")
# negative quantity = written (short); the format allows a signed quantity only for derivatives? keep positive
for d in derivatives:
    if d.get("quantity", 1) < 0:
        d["quantity"] = -d["quantity"]
        d["holder"], d["counterparty"] = d["counterparty"], d["holder"]

# ---- scenarios ----------------------------------------------------------------------------------
eth_path = path("eth", "2020-03-11", "2020-03-14")
scenarios = [
    {"id": "black-thursday", "name": "Black Thursday replay (ETH 2020-03-11..14)",
     "description": "The real ETH, WBTC and LINK daily paths of 11-14 March 2020 applied as relative moves to today's prices "
                    "(CoinGecko via resources/data/prices), with AMM liquidity halved and the Ethereum chain congested.",
     "shocks": [{"type": "replay", "asset": "WETH", "path": eth_path},
                {"type": "replay", "asset": "wstETH", "path": eth_path},
                {"type": "replay", "asset": "WBTC", "path": path("btc", "2020-03-11", "2020-03-14")},
                {"type": "replay", "asset": "LINK", "path": path("link", "2020-03-11", "2020-03-14")},
                {"type": "liquidity", "venue": "uni-eth", "drain": 0.5},
                {"type": "finality", "chain": "ethereum", "seconds": 1800}]},
    {"id": "eth-crash-43", "name": "ETH -43% in a day", "description": "The one-day ETH move of 12->13 March 2020 (194.22 -> 110.60, CoinGecko) applied at once.",
     "shocks": [{"type": "price", "asset": "WETH", "relative": r2(110.5978978308351 / 194.21794124025206 - 1, 4)},
                {"type": "price", "asset": "wstETH", "relative": r2(110.5978978308351 / 194.21794124025206 - 1, 4)},
                {"type": "price", "asset": "WBTC", "relative": r2(5142.990459018316 / 7935.522040170545 - 1, 4)},
                {"type": "liquidity", "pool": "uni-weth-usdc", "drain": 0.5}]},
    {"id": "usdc-depeg", "name": "USDC depeg to 0.88", "description": "Hypothetical: USDC at 0.88 USD with stable-AMM liquidity drained by 60%.",
     "shocks": [{"type": "depeg", "asset": "USDC", "set": 0.88}, {"type": "liquidity", "venue": "curve-eth", "drain": 0.6},
                {"type": "price", "asset": "DAI", "relative": -0.03}]},
    {"id": "port-congestion", "name": "Shanghai and Busan congestion", "description": "Every shipment through Shanghai 14 days late, through Busan 7 days.",
     "shocks": [{"type": "delay", "node": "port-shanghai", "days": 14}, {"type": "delay", "node": "port-busan", "days": 7},
                {"type": "price", "asset": "LI", "relative": -0.08}]},
    {"id": "refiner-default", "name": "Jiangxi Copper Refining defaults", "description": "A tier-3 copper refiner fails: its shipments stop, its invoices go into clearing.",
     "shocks": [{"type": "default", "node": "ref-cn-cu"}, {"type": "price", "asset": "CU", "relative": -0.12},
                {"type": "halt", "venue": "lme", "rounds": 2}]},
    {"id": "oracle-freeze", "name": "Inventory oracle frozen for 48 h while metals fall", "description": "The warehouse attestation oracle stops; copper and nickel fall 18%; lending venues keep seeing yesterday's prices.",
     "shocks": [{"type": "oracle-stale", "asset": t, "hours": 48} for t in inv_tokens] +
               [{"type": "price", "asset": "CU", "relative": -0.18}, {"type": "price", "asset": "NI", "relative": -0.18}]},
    {"id": "amm-flight", "name": "AMM liquidity flight", "description": "Liquidity providers pull 75% from Ethereum AMMs and 80% from the tokenized-commodity AMM; ETH -15%.",
     "shocks": [{"type": "liquidity", "venue": "uni-eth", "drain": 0.75}, {"type": "liquidity", "venue": "rwa-amm", "drain": 0.8},
                {"type": "price", "asset": "WETH", "relative": -0.15}, {"type": "price", "asset": "wstETH", "relative": -0.15}]},
    {"id": "oracle-attack", "name": "WBTC oracle manipulated -30%", "description": "Hypothetical: a manipulated feed reports WBTC 30% low for one update.",
     "shocks": [{"type": "oracle-manipulation", "asset": "WBTC", "relative": -0.3}]},
    {"id": "eth-congestion", "name": "Ethereum congested while battery metals slide",
     "description": "Hypothetical: Ethereum blocks take an hour to finalize while lithium and copper fall 40%. Tokenized "
                    "metal seized on the Ethereum vault trades on the Polygon AMM: it must cross the bridge before it can be sold.",
     "shocks": [{"type": "price", "asset": "LI", "relative": -0.4}, {"type": "price", "asset": "CU", "relative": -0.4},
                {"type": "finality", "chain": "ethereum", "seconds": 3600}]},
    {"id": "perfect-storm", "name": "Crypto crash + port congestion + refiner default", "description": "The combined case for a lender demo.",
     "shocks": [{"type": "price", "asset": "WETH", "relative": -0.35}, {"type": "price", "asset": "wstETH", "relative": -0.36},
                {"type": "price", "asset": "WBTC", "relative": -0.25}, {"type": "liquidity", "venue": "uni-eth", "drain": 0.5},
                {"type": "delay", "node": "port-shanghai", "days": 14}, {"type": "default", "node": "ref-cn-cu"},
                {"type": "price", "asset": "CU", "relative": -0.15}, {"type": "volatility", "asset": "CU", "multiplier": 2.0},
                {"type": "finality", "chain": "ethereum", "seconds": 1800}]},
]

book.update({"assets": assets, "correlations": [{"a": a, "b": b, "rho": r} for a, b, r in corr], "nodes": nodes,
             "links": links, "pools": pools, "positions": positions, "loans": loans, "derivatives": derivatives,
             "scenarios": scenarios})
with open(OUT, "w") as f:
    json.dump(book, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(f"wrote {OUT}: {len(nodes)} nodes, {len(links)} links, {len(pools)} pools, {len(positions)} positions, "
      f"{len(loans)} loans, {len(derivatives)} derivatives, {len(scenarios)} scenarios, {len(assets)} assets")

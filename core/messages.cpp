#include "messages.h"

namespace ballast {

const char* messageSource(Msg m)
{
    // Each text whole and spelled out as QT_TRANSLATE_NOOP("Issue", ...): lupdate reads it there
    // and does not expand macros of our own.
    switch (m) {
    case Msg::Verbatim: return "%1";

    case Msg::NotFinite: return QT_TRANSLATE_NOOP("Issue", "must be a finite number");
    case Msg::Implausible: return QT_TRANSLATE_NOOP("Issue", "magnitude above 1e15 is not a plausible amount");
    case Msg::Negative: return QT_TRANSLATE_NOOP("Issue", "must not be negative");
    case Msg::NegativeGot: return QT_TRANSLATE_NOOP("Issue", "must not be negative (got %1)");
    case Msg::NotPositiveGot: return QT_TRANSLATE_NOOP("Issue", "must be greater than zero (got %1)");
    case Msg::NotFraction: return QT_TRANSLATE_NOOP("Issue", "must be a fraction in [0, 1]");
    case Msg::NotFractionGot: return QT_TRANSLATE_NOOP("Issue", "must be a fraction in [0, 1] (got %1)");
    case Msg::NotOpenFraction: return QT_TRANSLATE_NOOP("Issue", "must be in (0, 1)");
    case Msg::MaxRoundsRange: return QT_TRANSLATE_NOOP("Issue", "must be between 1 and 10000");
    case Msg::CorrelationRange: return QT_TRANSLATE_NOOP("Issue", "a correlation must be in [-1, 1]");
    case Msg::BonusRange: return QT_TRANSLATE_NOOP("Issue", "a liquidation bonus is a multiplier in [1, 2] (1.05 = 5% bonus)");
    case Msg::LtvAboveThreshold: return QT_TRANSLATE_NOOP("Issue", "LTV above the liquidation threshold");
    case Msg::FeeBpsRange: return QT_TRANSLATE_NOOP("Issue", "a fee in basis points must be in [0, 10000)");
    case Msg::FallOver100: return QT_TRANSLATE_NOOP("Issue", "a price cannot fall more than 100%");
    case Msg::RequiredNumber: return QT_TRANSLATE_NOOP("Issue", "required number is missing");
    case Msg::PricesPositive: return QT_TRANSLATE_NOOP("Issue", "prices must be positive and finite");
    case Msg::TimesIncrease: return QT_TRANSLATE_NOOP("Issue", "times must increase");
    case Msg::TimesGoBack: return QT_TRANSLATE_NOOP("Issue", "times must not go back");

    case Msg::AssetIdRequired: return QT_TRANSLATE_NOOP("Issue", "an asset id is required");
    case Msg::NodeIdRequired: return QT_TRANSLATE_NOOP("Issue", "a node id is required");
    case Msg::LinkIdRequired: return QT_TRANSLATE_NOOP("Issue", "a link id is required");
    case Msg::PositionIdRequired: return QT_TRANSLATE_NOOP("Issue", "a position id is required");
    case Msg::LoanIdRequired: return QT_TRANSLATE_NOOP("Issue", "a loan id is required");
    case Msg::PoolIdRequired: return QT_TRANSLATE_NOOP("Issue", "a pool id is required");
    case Msg::UnknownAsset: return QT_TRANSLATE_NOOP("Issue", "unknown asset '%1'");
    case Msg::UnknownNode: return QT_TRANSLATE_NOOP("Issue", "unknown node '%1'");
    case Msg::UnknownLink: return QT_TRANSLATE_NOOP("Issue", "unknown link '%1'");
    case Msg::UnknownPosition: return QT_TRANSLATE_NOOP("Issue", "unknown position '%1'");
    case Msg::UnknownLoan: return QT_TRANSLATE_NOOP("Issue", "unknown loan '%1'");
    case Msg::UnknownPool: return QT_TRANSLATE_NOOP("Issue", "unknown pool '%1'");
    case Msg::UnknownVenue: return QT_TRANSLATE_NOOP("Issue", "unknown venue '%1'");
    case Msg::DuplicateId: return QT_TRANSLATE_NOOP("Issue", "duplicate id '%1' among the %2");
    case Msg::IdRequired: return QT_TRANSLATE_NOOP("Issue", "an id is required");
    case Msg::NoSuchPosition: return QT_TRANSLATE_NOOP("Issue", "no such position");
    case Msg::NoSuchRun: return QT_TRANSLATE_NOOP("Issue", "no run with this id");

    case Msg::KindNeedsPrice: return QT_TRANSLATE_NOOP("Issue", "a %1 needs a price");
    case Msg::NotAShipment: return QT_TRANSLATE_NOOP("Issue", "'%1' is not a shipment");
    case Msg::NotAnObligation: return QT_TRANSLATE_NOOP("Issue", "'%1' is not an obligation");
    case Msg::InvoiceNeedsValue: return QT_TRANSLATE_NOOP("Issue", "an invoice token needs a price or a faceValue");
    case Msg::UnderlyingLoop: return QT_TRANSLATE_NOOP("Issue", "the chain of underlyings loops back on itself");
    case Msg::ArrivesBeforeDeparts: return QT_TRANSLATE_NOOP("Issue", "arrives before it departs");
    case Msg::SelfLink: return QT_TRANSLATE_NOOP("Issue", "a link from a node to itself");
    case Msg::SupplyCycle:
        return QT_TRANSLATE_NOOP("Issue", "supply link '%1' closes a cycle back to '%2' (allowed; tiers then follow the "
                                          "longest path without a repeat)");
    case Msg::EmptyReserves: return QT_TRANSLATE_NOOP("Issue", "empty reserves: the pool cannot trade");
    case Msg::LowerBelowUpper: return QT_TRANSLATE_NOOP("Issue", "lower must be below upper");
    case Msg::EmptyBookSide: return QT_TRANSLATE_NOOP("Issue", "an empty book side");
    case Msg::NotALendingVenue: return QT_TRANSLATE_NOOP("Issue", "'%1' is a %2, not a lending venue or lender");
    case Msg::PledgedElsewhere: return QT_TRANSLATE_NOOP("Issue", "position '%1' is already pledged to loan '%2'");
    case Msg::NotBorrowersPosition:
        return QT_TRANSLATE_NOOP("Issue", "position '%1' belongs to '%2', not to the borrower '%3'");
    case Msg::PledgeDisagrees: return QT_TRANSLATE_NOOP("Issue", "position '%1' says it is pledged to '%2'");
    case Msg::NoRiskParams:
        return QT_TRANSLATE_NOOP("Issue", "venue '%1' has no risk parameters (liquidationThreshold, liquidationBonus) for '%2'");
    case Msg::LoanOmitsPosition: return QT_TRANSLATE_NOOP("Issue", "loan '%1' does not list position '%2' as collateral");
    case Msg::PledgedButOwned: return QT_TRANSLATE_NOOP("Issue", "pledged to loan '%1' of '%2' but owned by '%3'");
    case Msg::ConcentratedNeedsRanges: return QT_TRANSLATE_NOOP("Issue", "a concentrated pool needs its liquidity ranges");
    case Msg::UnknownMetric: return QT_TRANSLATE_NOOP("Issue", "unknown metric '%1' (known: delay-days)");
    case Msg::CoverNeedsTrigger: return QT_TRANSLATE_NOOP("Issue", "a parametric cover needs a trigger");
    case Msg::QuantityRange: return QT_TRANSLATE_NOOP("Issue", "a quantity is a finite number from 0 to 1e15");

    case Msg::PriceShockNeedsValue: return QT_TRANSLATE_NOOP("Issue", "a price shock needs 'relative' or 'set'");
    case Msg::DepegNeedsValue: return QT_TRANSLATE_NOOP("Issue", "a depeg needs 'relative' or 'set'");
    case Msg::LiquidityNeedsTarget: return QT_TRANSLATE_NOOP("Issue", "a liquidity shock names a 'pool' or a 'venue'");
    case Msg::OracleNeedsValue: return QT_TRANSLATE_NOOP("Issue", "an oracle manipulation needs 'relative' or 'set'");
    case Msg::DelayNeedsTarget:
        return QT_TRANSLATE_NOOP("Issue", "a delay names a 'node' (every shipment through it) or a 'shipment'");
    case Msg::ChainRequired: return QT_TRANSLATE_NOOP("Issue", "a chain is required");
    case Msg::ReplayNeedsPoints: return QT_TRANSLATE_NOOP("Issue", "a replay needs two or more points");
    case Msg::TooManyShocks: return QT_TRANSLATE_NOOP("Issue", "too many shocks");
    case Msg::TooManyPoints: return QT_TRANSLATE_NOOP("Issue", "too many points");

    case Msg::ExpectedObject: return QT_TRANSLATE_NOOP("Issue", "expected an object");
    case Msg::ExpectedNumberGot: return QT_TRANSLATE_NOOP("Issue", "expected a number, got %1");
    case Msg::ExpectedNumber: return QT_TRANSLATE_NOOP("Issue", "expected a number");
    case Msg::ExpectedWholeNumber: return QT_TRANSLATE_NOOP("Issue", "expected a whole number");
    case Msg::ExpectedBool: return QT_TRANSLATE_NOOP("Issue", "expected true or false");
    case Msg::RequiredText: return QT_TRANSLATE_NOOP("Issue", "required text is missing");
    case Msg::ExpectedTextGot: return QT_TRANSLATE_NOOP("Issue", "expected text, got %1");
    case Msg::TextTooLong: return QT_TRANSLATE_NOOP("Issue", "text longer than %1 characters");
    case Msg::MustNotBeEmpty: return QT_TRANSLATE_NOOP("Issue", "must not be empty");
    case Msg::ExpectedTimeInQuotes: return QT_TRANSLATE_NOOP("Issue", "expected an ISO 8601 UTC time in quotes");
    case Msg::NotIsoTimeValue: return QT_TRANSLATE_NOOP("Issue", "'%1' is not an ISO 8601 UTC time");
    case Msg::NotIsoTime: return QT_TRANSLATE_NOOP("Issue", "not an ISO 8601 UTC time");
    case Msg::RequiredValue: return QT_TRANSLATE_NOOP("Issue", "required value is missing");
    case Msg::UnknownValue: return QT_TRANSLATE_NOOP("Issue", "unknown value '%1'");
    case Msg::ExpectedIdList: return QT_TRANSLATE_NOOP("Issue", "expected a list of ids");
    case Msg::ExpectedId: return QT_TRANSLATE_NOOP("Issue", "expected an id");
    case Msg::ExpectedList: return QT_TRANSLATE_NOOP("Issue", "expected a list");
    case Msg::TooManyElements: return QT_TRANSLATE_NOOP("Issue", "more than %1 elements");
    case Msg::ExpectedPriceSize: return QT_TRANSLATE_NOOP("Issue", "expected [price, size]");
    case Msg::ExpectedTimePrice: return QT_TRANSLATE_NOOP("Issue", "expected [\"ISO time\", price]");
    case Msg::ExpectedTimePriceList: return QT_TRANSLATE_NOOP("Issue", "expected a list of [time, price]");
    case Msg::FileOver1GiB: return QT_TRANSLATE_NOOP("Issue", "file larger than the 1 GiB limit");
    case Msg::NestedTooDeep: return QT_TRANSLATE_NOOP("Issue", "nested deeper than %1 levels");
    case Msg::NumberTooLarge: return QT_TRANSLATE_NOOP("Issue", "the number %1 is too large to represent (not finite)");
    case Msg::NotAnObjectWorkbook: return QT_TRANSLATE_NOOP("Issue", "a workbook is a JSON object");
    case Msg::NotAWorkbookFormat: return QT_TRANSLATE_NOOP("Issue", "'%1' is not a Ballast workbook (expected ballast.workbook)");
    case Msg::NewerFormat:
        return QT_TRANSLATE_NOOP("Issue", "written by a newer Ballast (format version %1; this build reads up to %2)");
    case Msg::VersionAtLeast1: return QT_TRANSLATE_NOOP("Issue", "version must be 1 or more");

    case Msg::TooManyRows: return QT_TRANSLATE_NOOP("Issue", "too many rows");
    case Msg::FieldTooLong: return QT_TRANSLATE_NOOP("Issue", "a field longer than 4096 characters");
    case Msg::UnterminatedQuote: return QT_TRANSLATE_NOOP("Issue", "unterminated quoted field");
    case Msg::HeaderRequired: return QT_TRANSLATE_NOOP("Issue", "a header row is required");
    case Msg::UnknownColumn: return QT_TRANSLATE_NOOP("Issue", "unknown column '%1' ignored");
    case Msg::ColumnTwice: return QT_TRANSLATE_NOOP("Issue", "column '%1' appears twice");
    case Msg::RequiredColumn: return QT_TRANSLATE_NOOP("Issue", "required column '%1' is missing");
    case Msg::NotANumberCsv: return QT_TRANSLATE_NOOP("Issue", "'%1' is not a number (use '.' for decimals)");
    case Msg::AssetNotNamed: return QT_TRANSLATE_NOOP("Issue", "a single-asset price file needs the asset named (--asset)");
    case Msg::PricePositive: return QT_TRANSLATE_NOOP("Issue", "a price must be positive and finite");
    case Msg::UnknownNodeType: return QT_TRANSLATE_NOOP("Issue", "unknown node type '%1'");
    case Msg::UnknownLinkType: return QT_TRANSLATE_NOOP("Issue", "unknown link type '%1'");
    case Msg::TierWhole: return QT_TRANSLATE_NOOP("Issue", "a tier is a whole number");
    case Msg::QuantityRequired: return QT_TRANSLATE_NOOP("Issue", "a quantity is required");

    case Msg::CannotOpenForReading: return QT_TRANSLATE_NOOP("Issue", "cannot open the file for reading");
    case Msg::CannotRead: return QT_TRANSLATE_NOOP("Issue", "cannot read the file");
    case Msg::FileOverLimit: return QT_TRANSLATE_NOOP("Issue", "file of %1 bytes exceeds the limit of %2");
    case Msg::CannotCreateTemp: return QT_TRANSLATE_NOOP("Issue", "cannot create a temporary file beside it");
    case Msg::WriteFailed: return QT_TRANSLATE_NOOP("Issue", "write failed (disk full?)");
    case Msg::CannotFlush: return QT_TRANSLATE_NOOP("Issue", "cannot flush the file to disk");
    case Msg::CannotReplace: return QT_TRANSLATE_NOOP("Issue", "cannot replace the file");
    case Msg::DbCannotOpen: return QT_TRANSLATE_NOOP("Issue", "cannot open the workbook: %1");
    case Msg::DbMigrationStart: return QT_TRANSLATE_NOOP("Issue", "cannot start the migration: %1");
    case Msg::DbMigrationFailed: return QT_TRANSLATE_NOOP("Issue", "migration to schema %1 failed: %2");
    case Msg::DbMigrationCommit: return QT_TRANSLATE_NOOP("Issue", "cannot commit the migration: %1");
    case Msg::DbCannotReadTable: return QT_TRANSLATE_NOOP("Issue", "cannot read %1: %2");
    case Msg::DbNotWorkbook: return QT_TRANSLATE_NOOP("Issue", "not a Ballast workbook: %1");
    case Msg::DbNoWal: return QT_TRANSLATE_NOOP("Issue", "cannot switch to WAL: %1");
    case Msg::DbBusyWriting: return QT_TRANSLATE_NOOP("Issue", "the workbook is busy (another program is writing it): %1");
    case Msg::DbBusy: return QT_TRANSLATE_NOOP("Issue", "the workbook is busy: %1");
    case Msg::DbCannotClear: return QT_TRANSLATE_NOOP("Issue", "cannot clear %1: %2");
    case Msg::DbCannotPrepareSave: return QT_TRANSLATE_NOOP("Issue", "cannot prepare the save: %1");
    case Msg::DbCannotSave: return QT_TRANSLATE_NOOP("Issue", "cannot save: %1");
    case Msg::DbCannotSaveHistory: return QT_TRANSLATE_NOOP("Issue", "cannot save the price history: %1");
    case Msg::DbCannotCommitSave: return QT_TRANSLATE_NOOP("Issue", "cannot commit the save: %1");
    case Msg::DbCannotStoreRun: return QT_TRANSLATE_NOOP("Issue", "cannot store the run: %1");
    case Msg::DbCannotStoreTicks: return QT_TRANSLATE_NOOP("Issue", "cannot store ticks: %1");
    case Msg::DbCannotCommitTicks: return QT_TRANSLATE_NOOP("Issue", "cannot commit ticks: %1");
    case Msg::NotSqlite: return QT_TRANSLATE_NOOP("Issue", "not a SQLite database, or damaged beyond reading");
    case Msg::IntegrityFailed: return QT_TRANSLATE_NOOP("Issue", "the workbook failed its integrity check: %1");
    case Msg::NewerSchema:
        return QT_TRANSLATE_NOOP("Issue", "written by a newer Ballast (schema %1; this build reads up to %2); open it with that version");
    case Msg::StoredNotJson: return QT_TRANSLATE_NOOP("Issue", "stored entity is not valid JSON");
    case Msg::NoSqliteHeader: return QT_TRANSLATE_NOOP("Issue", "not a Ballast workbook (no SQLite header)");
    case Msg::SqliteNotWorkbook: return QT_TRANSLATE_NOOP("Issue", "a SQLite file but not a Ballast workbook");
    case Msg::NotAWorkbook: return QT_TRANSLATE_NOOP("Issue", "not a Ballast workbook");
    case Msg::RefuseOverwrite: return QT_TRANSLATE_NOOP("Issue", "exists and is not a Ballast workbook; refusing to overwrite it");
    case Msg::XlsxFailed: return QT_TRANSLATE_NOOP("Issue", "cannot write the Excel workbook: %1");
    case Msg::DanglingReference: return QT_TRANSLATE_NOOP("Issue", "a reference to an id that is not in the book; nothing was saved");

    case Msg::NoAssets:
        return QT_TRANSLATE_NOOP("Issue", "the book has no assets: Monte Carlo needs at least one risk factor (an asset with a volatility)");
    case Msg::NoVolatility: return QT_TRANSLATE_NOOP("Issue", "no asset has a volatility: Monte Carlo needs at least one risk factor");
    case Msg::NoCryptoToDrop: return QT_TRANSLATE_NOOP("Issue", "the book has no crypto asset to drop");
    case Msg::UnknownFamily: return QT_TRANSLATE_NOOP("Issue", "unknown family '%1' (price:ASSET, crypto, liquidity:VENUE, delay:NODE)");
    case Msg::LossNeedsAmount: return QT_TRANSLATE_NOOP("Issue", "loss:AMOUNT needs a positive amount");
    case Msg::UnknownOutcome: return QT_TRANSLATE_NOOP("Issue", "unknown outcome '%1' (bad-debt, default:NODE, loss:AMOUNT)");
    case Msg::Cancelled: return QT_TRANSLATE_NOOP("Issue", "cancelled");
    case Msg::InternalError: return QT_TRANSLATE_NOOP("Issue", "internal error: %1");
    }
    return "%1";
}

std::string fillMessage(const char* source, const std::vector<std::string>& args)
{
    std::string out;
    for (const char* p = source; *p; ++p) {
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9' && static_cast<size_t>(p[1] - '1') < args.size()) {
            out += args[static_cast<size_t>(p[1] - '1')];
            ++p;
        } else {
            out += *p;
        }
    }
    return out;
}

} // namespace ballast

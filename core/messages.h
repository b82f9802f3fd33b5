#pragma once
// What a problem says, as a code and arguments: the core names the message (Msg) and fills its
// arguments (ids, numbers, keys); the text lives once, in messages.cpp, as English source text with
// %1..%9 placeholders. The CLI prints it filled in (messageText); the desk translates the source
// text (context "Issue", ui/issuetext.h) and fills in the same arguments. So no user-facing
// sentence is built by concatenation in the engine, and a translator sees whole sentences.

#include <cstdint>
#include <string>
#include <vector>

// lupdate reads QT_TRANSLATE_NOOP in the core's sources; the core does not include Qt.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace ballast {

enum class Msg : std::uint16_t {
    Verbatim, // "%1": text from a library (SQLite, the JSON parser) or already translated by the UI

    // numbers
    NotFinite,
    Implausible,
    Negative,
    NegativeGot,
    NotPositiveGot,
    NotFraction,
    NotFractionGot,
    NotOpenFraction,
    MaxRoundsRange,
    CorrelationRange,
    BonusRange,
    LtvAboveThreshold,
    FeeBpsRange,
    FallOver100,
    RequiredNumber,
    PricesPositive,
    TimesIncrease,
    TimesGoBack,

    // references and ids
    AssetIdRequired,
    NodeIdRequired,
    LinkIdRequired,
    PositionIdRequired,
    LoanIdRequired,
    PoolIdRequired,
    UnknownAsset,
    UnknownNode,
    UnknownLink,
    UnknownPosition,
    UnknownLoan,
    UnknownPool,
    UnknownVenue,
    DuplicateId,
    IdRequired,
    NoSuchPosition,
    NoSuchRun,

    // entities
    KindNeedsPrice,
    NotAShipment,
    NotAnObligation,
    InvoiceNeedsValue,
    UnderlyingLoop,
    ArrivesBeforeDeparts,
    SelfLink,
    SupplyCycle,
    EmptyReserves,
    LowerBelowUpper,
    EmptyBookSide,
    NotALendingVenue,
    PledgedElsewhere,
    NotBorrowersPosition,
    PledgeDisagrees,
    NoRiskParams,
    LoanOmitsPosition,
    PledgedButOwned,
    ConcentratedNeedsRanges,
    UnknownMetric,
    CoverNeedsTrigger,
    QuantityRange,

    // shocks
    PriceShockNeedsValue,
    DepegNeedsValue,
    LiquidityNeedsTarget,
    OracleNeedsValue,
    DelayNeedsTarget,
    ChainRequired,
    ReplayNeedsPoints,
    TooManyShocks,
    TooManyPoints,

    // JSON
    ExpectedObject,
    ExpectedNumberGot,
    ExpectedNumber,
    ExpectedWholeNumber,
    ExpectedBool,
    RequiredText,
    ExpectedTextGot,
    TextTooLong,
    MustNotBeEmpty,
    ExpectedTimeInQuotes,
    NotIsoTimeValue,
    NotIsoTime,
    RequiredValue,
    UnknownValue,
    ExpectedIdList,
    ExpectedId,
    ExpectedList,
    TooManyElements,
    ExpectedPriceSize,
    ExpectedTimePrice,
    ExpectedTimePriceList,
    FileOver1GiB,
    NestedTooDeep,
    NumberTooLarge,
    NotAnObjectWorkbook,
    NotAWorkbookFormat,
    NewerFormat,
    VersionAtLeast1,

    // CSV
    TooManyRows,
    FieldTooLong,
    UnterminatedQuote,
    HeaderRequired,
    UnknownColumn,
    ColumnTwice,
    RequiredColumn,
    NotANumberCsv,
    AssetNotNamed,
    PricePositive,
    UnknownNodeType,
    UnknownLinkType,
    TierWhole,
    QuantityRequired,

    // files and the workbook
    CannotOpenForReading,
    CannotRead,
    FileOverLimit,
    CannotCreateTemp,
    WriteFailed,
    CannotFlush,
    CannotReplace,
    DbCannotOpen,
    DbMigrationStart,
    DbMigrationFailed,
    DbMigrationCommit,
    DbCannotReadTable,
    DbNotWorkbook,
    DbNoWal,
    DbBusyWriting,
    DbBusy,
    DbCannotClear,
    DbCannotPrepareSave,
    DbCannotSave,
    DbCannotSaveHistory,
    DbCannotCommitSave,
    DbCannotStoreRun,
    DbCannotStoreTicks,
    DbCannotCommitTicks,
    NotSqlite,
    IntegrityFailed,
    NewerSchema,
    StoredNotJson,
    NoSqliteHeader,
    SqliteNotWorkbook,
    NotAWorkbook,
    RefuseOverwrite,
    DanglingReference,
    XlsxFailed,

    // commands
    NoAssets,
    NoVolatility,
    NoCryptoToDrop,
    UnknownFamily,
    LossNeedsAmount,
    UnknownOutcome,
    Cancelled,
    InternalError,
};

/// The English source text of a message, with %1..%9 for its arguments (also the key the
/// translations are looked up by).
const char* messageSource(Msg m);

/// `source` with %1..%9 replaced by `args` (a placeholder without an argument stays as it is).
std::string fillMessage(const char* source, const std::vector<std::string>& args);

} // namespace ballast

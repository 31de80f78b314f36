namespace Daisee.Billing.Worker.Domain;

/// <summary>
/// Every conformity code the worker can emit. Codes are stable: reports, tests and users
/// rely on them. Add, never rename. Each is documented in <c>docs/conformity-codes.md</c>.
/// </summary>
public static class IssueCodes
{
    // Dataset and configuration
    public const string DatasetUnreadable = "DATASET_UNREADABLE";
    public const string DatasetEntryRefused = "DATASET_ENTRY_REFUSED";
    public const string FileUnreadable = "FILE_UNREADABLE";
    public const string IssuesTruncated = "ISSUES_TRUNCATED";
    public const string CollectiveMissing = "COLLECTIVE_MISSING";
    public const string CollectiveInvalid = "COLLECTIVE_INVALID";
    public const string FileFormatUnknown = "FILE_FORMAT_UNKNOWN";
    public const string ArgumentInvalid = "ARGUMENT_INVALID";

    // Rows
    public const string LineUnparseable = "LINE_UNPARSEABLE";
    public const string TimestampInvalid = "TIMESTAMP_INVALID";
    public const string TimestampMisaligned = "TIMESTAMP_MISALIGNED";
    public const string ValueMissing = "VALUE_MISSING";
    public const string ValueInvalid = "VALUE_INVALID";
    public const string ValueNegative = "VALUE_NEGATIVE";
    public const string ValueImpossible = "VALUE_IMPOSSIBLE";
    public const string ValueOutOfRange = "VALUE_OUT_OF_RANGE";
    public const string UnitUnknown = "UNIT_UNKNOWN";
    public const string StepUnknown = "STEP_UNKNOWN";
    public const string HeaderInvalid = "HEADER_INVALID";
    public const string StepTooCoarse = "STEP_TOO_COARSE";
    public const string StepIncomplete = "STEP_INCOMPLETE";
    public const string PointEstimated = "POINT_ESTIMATED";
    public const string PointCorrected = "POINT_CORRECTED";

    // Series
    public const string DuplicateIdentical = "DUPLICATE_IDENTICAL";
    public const string DuplicateConflicting = "DUPLICATE_CONFLICTING";
    public const string Gap = "GAP";
    public const string PrmUnknown = "PRM_UNKNOWN";
    public const string OutsidePeriod = "OUTSIDE_PERIOD";
    public const string OutsideMembership = "OUTSIDE_MEMBERSHIP";
    public const string DirectionMismatch = "DIRECTION_MISMATCH";
    public const string CurveMissing = "CURVE_MISSING";

    // Run-level
    public const string NoProduction = "NO_PRODUCTION";
    public const string NotBillable = "NOT_BILLABLE";
    public const string PriceImplausible = "PRICE_IMPLAUSIBLE";
    public const string InternalError = "INTERNAL_ERROR";

    // Allocation keys and reconciliation
    public const string KeysFileMissing = "KEYS_FILE_MISSING";
    public const string KeysMissing = "KEYS_MISSING";
    public const string KeysSumExceeded = "KEYS_SUM_EXCEEDED";
    public const string KeyRoleMismatch = "KEY_ROLE_MISMATCH";
    public const string ReconciliationDifference = "RECONCILIATION_DIFFERENCE";
    public const string SplitInconsistent = "SPLIT_INCONSISTENT";
    public const string SiteDifference = "SITE_DIFFERENCE";
}

namespace Daisee.Billing.Worker.Forecast.Keys;

/// <summary>Stable codes of <see cref="KeysChecker"/>'s problems (documented in docs/forecast.md).</summary>
public static class KeysCodes
{
    public const string Encoding = "keys-encoding";
    public const string Header = "keys-header";
    public const string FieldCount = "keys-field-count";
    public const string StartFormat = "keys-start-format";
    public const string StartMisaligned = "keys-start-misaligned";
    public const string StartOutside = "keys-start-outside-month";
    public const string PrmFormat = "keys-prm-format";
    public const string PrmUnknown = "keys-prm-unknown";
    public const string PrmNotConsumer = "keys-prm-not-consumer";
    public const string PrmNotMember = "keys-prm-not-member";
    public const string CoefficientFormat = "keys-coefficient-format";
    public const string CoefficientNegative = "keys-coefficient-negative";
    public const string CoefficientAboveOne = "keys-coefficient-above-one";
    public const string Duplicate = "keys-duplicate";
    public const string SumAboveOne = "keys-sum-above-one";
    public const string StepMissing = "keys-step-missing";
    public const string MemberMissing = "keys-member-missing";
}

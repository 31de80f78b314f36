using Daisee.Billing.SampleGenerator.Profiles;

namespace Daisee.Billing.SampleGenerator.Sites;

/// <summary>
/// How a consumer's curve is simulated: its load shape, a size multiplier on the nominal
/// shape, and whether a water heater runs on the off-peak signal.
/// </summary>
public sealed record ConsumerModel(ConsumerKind Kind, double Scale, bool OffPeakWaterHeater = false);

using Daisee.Billing.Worker.Ingest;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Ingest;

/// <summary>Steps inferred from end stamps: a change is followed, a missing row or shuffled rows never fake a coarser step.</summary>
[TestFixture]
public sealed class StepInferenceTests
{
    private static readonly Instant Midnight = Instant.FromUtc(2026, 6, 1, 22, 0);

    [TestCase(new[] { 10, 20, 30, 60, 90, 120 }, null, new[] { 10, 10, 10, 30, 30, 30 }, TestName = "Infer_10Then30Undeclared_SwitchesAtTheFirstConfirmedDelta")]
    [TestCase(new[] { 30, 60, 120, 150, 180 }, 30, new[] { 30, 30, 30, 30, 30 }, TestName = "Infer_OneMissingRow_KeepsTheDeclaredStep")]
    [TestCase(new[] { 30, 90, 150, 210 }, 30, new[] { 30, 30, 30, 30 }, TestName = "Infer_EveryOtherRowMissing_NeverGrowsPastTheDeclaredStep")]
    [TestCase(new[] { 90, 30, 60, 150 }, 30, new[] { 30, 30, 30, 30 }, TestName = "Infer_ShuffledRows_KeepTheDeclaredStep")]
    [TestCase(new[] { 30, 40, 50, 60 }, 30, new[] { 10, 10, 10, 10 }, TestName = "Infer_Declared30ButFileAt10_FollowsTheFinerEvidence")]
    [TestCase(new[] { 60, 120, 180 }, null, new[] { 60, 60, 60 }, TestName = "Infer_HourlyUndeclared_Reads60Minutes")]
    public void Infer_EndStamps_GivesTheExpectedSteps(int[] endMinutes, int? declared, int[] expected)
    {
        var inference = new StepInference(declared is { } d ? Duration.FromMinutes(d) : null, Duration.FromMinutes(30));
        var steps = inference.Infer(endMinutes, m => Midnight + Duration.FromMinutes(m)).Select(r => (int)r.Step.TotalMinutes);

        Assert.That(steps, Is.EqualTo(expected));
    }

    /// <summary>Supported: 10, 15, 30 or 60 whole minutes; anything off by a nanosecond, or another length, is not.</summary>
    [TestCase(10L * 60_000_000_000, true)]
    [TestCase(15L * 60_000_000_000, true)]
    [TestCase(30L * 60_000_000_000, true)]
    [TestCase(60L * 60_000_000_000, true)]
    [TestCase(30L * 60_000_000_000 + 1, false)]
    [TestCase(30L * 60_000_000_000 + 100, false)]
    [TestCase(30L * 60_000_000_000 - 10_000_000_000, false)]
    [TestCase(5L * 60_000_000_000, false)]
    [TestCase(20L * 60_000_000_000, false)]
    [TestCase(120L * 60_000_000_000, false)]
    [TestCase(0L, false)]
    [TestCase(-30L * 60_000_000_000, false)]
    public void IsSupported_Delta_IsWholeSupportedMinutes(long nanoseconds, bool expected) =>
        Assert.That(StepInference.IsSupported(Duration.FromNanoseconds(nanoseconds)), Is.EqualTo(expected));
}

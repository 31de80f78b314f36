using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Tests.Allocation;

/// <summary>
/// Largest remainder on hand-computed cases, on both of its paths: 64-bit when every product
/// total × weight fits in a long, 128-bit otherwise; ties go to the lower index.
/// </summary>
[TestFixture]
public sealed class LargestRemainderTests
{
    [TestCase(10L, new long[] { 1, 1, 1 }, new long[] { 4, 3, 3 })]            // 3.33 each: the unit left goes to index 0
    [TestCase(7L, new long[] { 5, 3, 2 }, new long[] { 4, 2, 1 })]             // 3.5, 2.1, 1.4: the .5 wins
    [TestCase(7L, new long[] { 2, 3, 5 }, new long[] { 1, 2, 4 })]             // the same, reordered
    [TestCase(0L, new long[] { 2, 3 }, new long[] { 0, 0 })]
    [TestCase(5L, new long[] { 0, 0 }, new long[] { 0, 0 })]
    public void Apportion_SmallNumbers_GivesTheHandComputedParts(long total, long[] weights, long[] expected)
    {
        var parts = new long[weights.Length];
        LargestRemainder.Apportion(total, weights, parts);

        Assert.That(parts, Is.EqualTo(expected));
    }

    [Test]
    public void Apportion_ProductsBeyondALong_TakesThe128BitPath()
    {
        // 9e18 + 1 split 2:1 → exact 6e18 + 2/3 and 3e18 + 1/3; the products (1.8e19) do not fit in a long.
        var parts = new long[2];
        LargestRemainder.Apportion(9_000_000_000_000_000_001, [2, 1], parts);

        Assert.That(parts, Is.EqualTo(new[] { 6_000_000_000_000_000_001, 3_000_000_000_000_000_000 }));
    }

    [Test]
    public void Apportion_MoreWeightsThanTheStackHolds_BreaksTiesByIndex()
    {
        // 301 over 300 equal weights: 1 each and one unit left, to index 0.
        var weights = Enumerable.Repeat(1L, 300).ToArray();
        var parts = new long[300];
        LargestRemainder.Apportion(301, weights, parts);

        Assert.That(parts[0], Is.EqualTo(2));
        Assert.That(parts.Skip(1), Is.All.EqualTo(1));
        Assert.That(parts.Sum(), Is.EqualTo(301));
    }

    [TestCase(new long[] { 4_294_967_294, 1 }, new long[] { 2, 0 })]
    [TestCase(new long[] { 1, 4_294_967_294 }, new long[] { 0, 2 })]
    public void Apportion_RemaindersJustBelow2To32_GoToTheLargest(long[] weights, long[] expected)
    {
        // Σw = 2³² − 1 (the largest sum whose remainders are packed into 64-bit sort keys); total 2:
        // the large weight's share is 2 × 4294967294 / 4294967295 = 1.99999999953 → 1, remainder 4294967293;
        // the small one's 2 / 4294967295 → 0, remainder 2: the one unit left goes to the large weight.
        var parts = new long[2];
        LargestRemainder.Apportion(2, weights, parts);

        Assert.That(parts, Is.EqualTo(expected));
    }

    [Test]
    public void Apportion_SumAbove2To32_BreaksTiesByIndex()
    {
        // Σw = 2³³: 3 units split 1:1 → 1.5 each, floors 1 and 1, remainders equal: the unit left to index 0.
        var parts = new long[2];
        LargestRemainder.Apportion(3, [4_294_967_296, 4_294_967_296], parts);

        Assert.That(parts, Is.EqualTo(new long[] { 2, 1 }));
    }
}

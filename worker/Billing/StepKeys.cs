using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Billing;

/// <summary>
/// The group of every step of a period (a rate in force, a price class…), computed once from each
/// step's local start (<see cref="StepSums.Classify{TKey}"/>) and shared by every series summed with it (<see cref="StepSums.SumBy{TKey}(StepKeys{TKey}, ReadOnlySpan{Energy})"/>):
/// the distinct keys, and per step the index of its key (or -1 when the step is left out) and its local date.
/// </summary>
public sealed class StepKeys<TKey>
    where TKey : notnull
{
    private readonly TKey[] _keys;
    private readonly int[] _index;
    private readonly LocalDate[] _dates;

    internal StepKeys(TKey[] keys, int[] index, LocalDate[] dates) => (_keys, _index, _dates) = (keys, index, dates);

    public int StepCount => _index.Length;

    public int KeyCount => _keys.Length;

    public TKey Key(int index) => _keys[index];

    /// <summary>The index of the step's key, or -1 when the step is left out.</summary>
    public int IndexAt(int step) => _index[step];

    public LocalDate DateAt(int step) => _dates[step];

    internal ReadOnlySpan<int> Indices => _index;

    internal ReadOnlySpan<LocalDate> Dates => _dates;

}

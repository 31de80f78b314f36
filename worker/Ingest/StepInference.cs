using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The step of each row of a file whose rows carry only an end stamp (portal layouts A and B),
/// where the step can change inside the file (10 → 30 minutes when the grid operator switches
/// a meter). Rule, with one row of look-ahead:
/// <list type="bullet">
/// <item>first stamped row: the delta to the next row when it is a supported step and no
/// longer than the declared step (a gap only makes deltas longer); else the declared step;
/// else the collective's step;</item>
/// <item>the step never grows beyond the declared step (or, undeclared, beyond the larger of
/// the first step and the collective's), so that missing or shuffled rows cannot fake a
/// coarser step;</item>
/// <item>later rows keep the current step, and switch to the delta from the previous row only
/// when the delta to the next row confirms it (two equal supported deltas), so that a missing
/// row never turns a 30-minute step into a 60-minute one.</item>
/// </list>
/// Rows out of order or without a parsable stamp keep the current step.
/// </summary>
public sealed class StepInference(Duration? declared, Duration fallback)
{
    private Duration? _current;
    private Duration _cap;
    private Instant? _previous;

    private const long NanosecondsPerMinute = 60_000_000_000;

    /// <remarks>Whole minutes checked on integer nanoseconds (a delta of at most an hour fits a long): no floating-point remainder per row.</remarks>
    public static bool IsSupported(Duration delta) =>
        delta > Duration.Zero && delta <= Duration.FromHours(1) && delta.ToInt64Nanoseconds() % NanosecondsPerMinute == 0
        && Step.IsSupportedLength((int)(delta.ToInt64Nanoseconds() / NanosecondsPerMinute));

    /// <summary>The step of the row ending at <paramref name="end"/>, given its neighbours' end stamps.</summary>
    public Duration StepOf(Instant? previous, Instant end, Instant? next)
    {
        var toNext = next is { } n ? n - end : (Duration?)null;
        if (_current is null)
        {
            _current = toNext is { } d && IsSupported(d) && (declared is null || d <= declared) ? d : declared ?? fallback;
            _cap = declared ?? Duration.Max(_current.Value, fallback);
            return _current.Value;
        }

        if (previous is { } p && IsSupported(end - p) && end - p != _current && end - p <= _cap && toNext == end - p)
        {
            _current = end - p;
        }

        return _current.Value;
    }

    /// <summary>Streams rows with their step, looking one row ahead.</summary>
    public IEnumerable<(T Row, Duration Step)> Infer<T>(IEnumerable<T> rows, Func<T, Instant?> endOf)
    {
        var hasPending = false;
        T pending = default!;
        foreach (var row in rows)
        {
            if (hasPending)
            {
                yield return Emit(pending, endOf, endOf(row));
            }

            pending = row;
            hasPending = true;
        }

        if (hasPending)
        {
            yield return Emit(pending, endOf, null);
        }
    }

    private (T Row, Duration Step) Emit<T>(T row, Func<T, Instant?> endOf, Instant? next) => (row, Next(endOf(row), next));

    /// <summary>The step of the next row in file order, from its end stamp (null: unparsable) and the next row's (null: none or unparsable).</summary>
    public Duration Next(Instant? end, Instant? next)
    {
        if (end is not { } e)
        {
            return _current ?? declared ?? fallback;
        }

        var step = StepOf(_previous, e, next);
        _previous = e;
        return step;
    }
}

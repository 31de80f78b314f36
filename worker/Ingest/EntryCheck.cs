using System.Collections.Immutable;
using System.IO.Hashing;
using System.Security.Cryptography;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The rules every dataset file passes, zip entry or folder file alike. Names are taken as
/// written: absolute paths, '\', empty, '.' or '..' segments, hidden names (a segment starting
/// with '.') and control characters are refused, and so is every copy of a name that appears
/// twice. Sizes are bounded one by one and in total (refused entries do not count). Each
/// accepted entry is then read through once: its byte count must equal its declared size and
/// its CRC-32 the declared one; an entry that cannot be opened is refused, one that fails while
/// read is unreadable. The sha256 of what was read is kept for the manifest.
/// </summary>
public static class EntryCheck
{
    public const int MaxEntries = 20_000;
    public const long MaxTotalBytes = 4L * 1024 * 1024 * 1024;
    public const int MaxNameLength = 255;

    private const int ReadBufferBytes = 81920;

    /// <param name="concurrent">True when the candidates open independent streams (a folder's files), which are then read through on every core; a zip's entries share one archive and are read one by one.</param>
    public static (ImmutableArray<DatasetEntry> Entries, ImmutableArray<Issue> Issues) Verify(IReadOnlyList<EntryCandidate> candidates, string source, bool concurrent = false)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        if (candidates.Count > MaxEntries)
        {
            issues.Add(Refused(source, "*", $"{source}: the dataset holds {candidates.Count} files, more than the {MaxEntries} allowed; nothing was read."));
            return ([], issues.ToImmutable());
        }

        var duplicates = candidates.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        // The names and sizes are judged in name order first; the accepted entries are then read
        // through (on every core when concurrent), each result kept at its place: issues and entries come out in name order.
        var ordered = candidates.OrderBy(c => c.Name, StringComparer.Ordinal).ToArray();
        var refusals = new Issue?[ordered.Length];
        long total = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            var candidate = ordered[i];
            var reason = candidate.Refusal ?? NameProblem(candidate.Name)
                ?? (duplicates.Contains(candidate.Name) ? "the name appears more than once in the dataset" : null)
                ?? (candidate.Length < 0 ? "its declared size does not fit in 63 bits" : null)
                ?? (total + candidate.Length > MaxTotalBytes ? $"the dataset would expand past {MaxTotalBytes} bytes" : null);
            if (reason is not null)
            {
                refusals[i] = Refused(source, candidate.Name, $"{source}: entry '{TextBound.Quote(candidate.Name)}' refused: {reason}.");
                continue;
            }

            total += candidate.Length;
        }

        var results = new (DatasetEntry? Entry, Issue? Issue)[ordered.Length];
        Parallel.For(0, ordered.Length, new ParallelOptions { MaxDegreeOfParallelism = concurrent ? Environment.ProcessorCount : 1 }, i =>
            results[i] = refusals[i] is { } refused ? (null, refused) : ReadThrough(ordered[i], source));
        var entries = ImmutableArray.CreateBuilder<DatasetEntry>();
        foreach (var (entry, issue) in results)
        {
            if (issue is not null)
            {
                issues.Add(issue);
            }
            else
            {
                entries.Add(entry!);
            }
        }

        return (entries.ToImmutable(), issues.ToImmutable());
    }

    /// <summary>Why a name as written is not a plain relative path of visible files; null when it is.</summary>
    public static string? NameProblem(string name)
    {
        if (name.Length is 0 or > MaxNameLength)
        {
            return $"its name is empty or longer than {MaxNameLength} characters";
        }

        if (name.Any(char.IsControl) || name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
        {
            return "its name holds a control character, '\\' or ':'";
        }

        if (name.StartsWith('/'))
        {
            return "absolute path";
        }

        var segments = name.Split('/');
        if (segments.Any(s => s == ".."))
        {
            return "path leaves the dataset ('..')";
        }

        return segments.Any(s => s.Length == 0 || s.StartsWith('.')) ? "hidden or empty path segment (a name starting with '.')" : null;
    }

    private static (DatasetEntry? Entry, Issue? Issue) ReadThrough(EntryCandidate candidate, string source)
    {
        Stream stream;
        try
        {
            stream = candidate.Open();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or UnauthorizedAccessException)
        {
            return (null, Refused(source, candidate.Name, $"{source}: entry '{TextBound.Quote(candidate.Name)}' refused: it cannot be opened ({TextBound.Quote(e.Message)})."));
        }

        using (stream)
        {
            try
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                // A folder's file declares no CRC-32: only a zip entry's is computed and compared.
                var crc = candidate.Crc32 is null ? null : new Crc32();
                // A pooled buffer: a dataset holds thousands of files, each read through once.
                var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(ReadBufferBytes);
                long read = 0;
                try
                {
                    int n;
                    while ((n = stream.Read(buffer, 0, ReadBufferBytes)) > 0)
                    {
                        sha.AppendData(buffer, 0, n);
                        crc?.Append(buffer.AsSpan(0, n));
                        read += n;
                    }
                }
                finally
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                }

                var problem = read != candidate.Length ? $"it holds {read} bytes where its header declares {candidate.Length}"
                    : candidate.Crc32 is { } expected && crc!.GetCurrentHashAsUInt32() != expected ? $"its CRC-32 is {crc.GetCurrentHashAsUInt32():x8}, not the {expected:x8} declared (corrupt or altered)"
                    : null;
                return problem is null
                    ? (new DatasetEntry(candidate.Name, candidate.Length, candidate.Open) { Sha256 = Convert.ToHexStringLower(sha.GetHashAndReset()) }, null)
                    : (null, Unreadable(source, candidate.Name, problem));
            }
            catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or UnauthorizedAccessException)
            {
                return (null, Unreadable(source, candidate.Name, $"reading it failed ({TextBound.Quote(e.Message)})"));
            }
        }
    }

    private static Issue Refused(string source, string entry, string message) =>
        new(Severity.Warning, IssueCodes.DatasetEntryRefused, source, 0, message) { Field = TextBound.Quote(entry) };

    private static Issue Unreadable(string source, string entry, string why) =>
        new(Severity.Warning, IssueCodes.FileUnreadable, TextBound.Quote(entry), 0, $"{TextBound.Quote(entry)}: the file cannot be read: {why}; it was not used.") { Field = source };
}

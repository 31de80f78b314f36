using System.Collections.Immutable;
using System.Security.Cryptography;
using Daisee.Billing.Contract;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// The files of one result, by name, in ordinal order. Every name is at most
/// <see cref="MaxNameLength"/> characters (iExec's limit on result file names).
/// Each file's sha256 and size are taken while its bytes pass (<see cref="Entries"/>, what the
/// manifest lists). With a sink (the entry point's <c>open</c>, a file of <c>IEXEC_OUT</c> per
/// name), every file is handed on as soon as it is produced and nothing of it is kept; without
/// one, the files are kept in memory (<see cref="Files"/>). Files may be added from several
/// threads: the order they arrive in changes no byte of any output.
/// </summary>
public sealed class OutputSet(Func<string, Stream>? open = null)
{
    public const int MaxNameLength = 31;

    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, ManifestFile> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>True when the files go to a sink and are not kept.</summary>
    public bool Streams => open is not null;

    public void Add(string name, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Write(name, stream => stream.Write(content), content);
    }

    /// <summary>Adds a file written straight into a stream (the large CSV files), hashed as it is written.</summary>
    public void Write(string name, Action<Stream> write) => Write(name, write, null);

    /// <summary>Name, sha256 and size of every file added so far, by name.</summary>
    public IReadOnlyList<ManifestFile> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries.Values];
            }
        }
    }

    /// <summary>The files kept in memory (none when they went to a sink).</summary>
    public ImmutableSortedDictionary<string, byte[]> Files
    {
        get
        {
            lock (_lock)
            {
                return _files.ToImmutableSortedDictionary(StringComparer.Ordinal);
            }
        }
    }

    private void Write(string name, Action<Stream> write, byte[]? content)
    {
        Reserve(name);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length;
        if (open is not null)
        {
            using var target = open(name);
            using var digest = new DigestStream(target, hash);
            write(digest);
            digest.Flush();
            length = digest.Length;
        }
        else if (content is not null)
        {
            hash.AppendData(content);
            length = content.LongLength;
        }
        else
        {
            using var memory = new MemoryStream();
            write(memory);
            content = memory.ToArray();
            hash.AppendData(content);
            length = content.LongLength;
        }

        var entry = new ManifestFile(name, Convert.ToHexStringLower(hash.GetHashAndReset()), length);
        lock (_lock)
        {
            _entries[name] = entry;
            if (open is null)
            {
                _files[name] = content!;
            }
        }
    }

    /// <summary>Checks the name and claims it, so that a file is never written twice.</summary>
    private void Reserve(string name)
    {
        var fileName = name.Split('/')[^1];
        if (fileName.Length > MaxNameLength)
        {
            throw new ArgumentException($"Output file name '{fileName}' is longer than {MaxNameLength} characters.", nameof(name));
        }

        lock (_lock)
        {
            if (!_entries.TryAdd(name, new ManifestFile(name, string.Empty, 0)))
            {
                throw new ArgumentException($"Output file '{name}' written twice.", nameof(name));
            }
        }
    }
}

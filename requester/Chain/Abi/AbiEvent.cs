using System.Collections.Immutable;
using Daisee.Billing.Requester.Chain.Crypto;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>
/// A contract event: its topic (keccak256 of the canonical signature) and log decoding.
/// Indexed static parameters are read from the topics; indexed dynamic ones only exist as
/// their keccak256 hash, returned as a 32-byte <c>byte[]</c>.
/// </summary>
public sealed record AbiEvent
{
    /// <summary>A non-anonymous event with the given parameters.</summary>
    public AbiEvent(string name, ImmutableArray<AbiParameter> parameters)
    {
        Name = name;
        Parameters = parameters;
        Signature = $"{name}({string.Join(',', parameters.Select(p => p.Type.CanonicalName))})";
        Topic = Keccak256.Hash(Signature);
    }

    /// <summary>The event name.</summary>
    public string Name { get; }

    /// <summary>The parameters, in declaration order.</summary>
    public ImmutableArray<AbiParameter> Parameters { get; }

    /// <summary>The canonical signature.</summary>
    public string Signature { get; }

    /// <summary>topic[0] of every log of this event.</summary>
    public Hash32 Topic { get; }

    /// <summary>Parses <c>[event] Name(type [indexed] [name], …)</c>.</summary>
    public static AbiEvent Parse(string signature)
    {
        var (name, parameters, _) = AbiSignatureParser.ParseSignature(signature);
        return new AbiEvent(name, parameters);
    }

    /// <summary>True when <paramref name="topics"/> is a log of this event.</summary>
    public bool Matches(IReadOnlyList<Hash32> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return topics.Count == 1 + Parameters.Count(p => p.Indexed) && topics[0] == Topic;
    }

    /// <summary>The parameter values, in declaration order; throws <see cref="FormatException"/> for another event's log.</summary>
    public AbiValues Decode(IReadOnlyList<Hash32> topics, ReadOnlySpan<byte> data)
    {
        if (!Matches(topics))
        {
            throw new FormatException($"The log is not a {Signature} event.");
        }

        var unindexed = AbiDecoder.Decode([.. Parameters.Where(p => !p.Indexed).Select(p => p.Type)], data);
        var values = new object[Parameters.Length];
        var (topic, position) = (1, 0);
        for (var i = 0; i < Parameters.Length; i++)
        {
            var parameter = Parameters[i];
            values[i] = !parameter.Indexed ? unindexed[position++]
                : parameter.Type.IsDynamic || parameter.Type.Kind is AbiTypeKind.Tuple or AbiTypeKind.FixedArray
                    ? topics[topic++].ToArray()
                    : AbiDecoder.DecodeWord(parameter.Type, topics[topic++].ToArray());
        }

        return new AbiValues([.. values]);
    }

    /// <summary>The canonical signature.</summary>
    public override string ToString() => Signature;
}

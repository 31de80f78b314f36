using System.Collections.Immutable;
using System.Globalization;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>
/// Parses human-readable ABI text: types (<c>uint</c>, <c>bytes32[2]</c>, <c>tuple(address a, bool b)[]</c>)
/// and signatures (<c>function name(type name, …) view returns (type)</c>, <c>event E(address indexed a)</c>).
/// </summary>
internal static class AbiSignatureParser
{
    private static readonly string[] Keywords = ["function ", "event ", "error "];
    private static readonly string[] Ignored = ["memory", "calldata", "storage", "payable"];

    public static AbiType ParseType(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.Trim();
        if (span.StartsWith("tuple(", StringComparison.Ordinal))
        {
            span = span[5..];
        }

        string suffixes;
        AbiType baseType;
        if (span.StartsWith('('))
        {
            var close = MatchingParenthesis(span, 0);
            baseType = AbiType.Tuple([.. ParseParameters(span[1..close]).Select(p => p.Type)]);
            suffixes = span[(close + 1)..];
        }
        else
        {
            var bracket = span.IndexOf('[', StringComparison.Ordinal);
            baseType = ParseElementary(bracket < 0 ? span : span[..bracket]);
            suffixes = bracket < 0 ? "" : span[bracket..];
        }

        return ApplyArraySuffixes(baseType, suffixes, text);
    }

    public static ImmutableArray<AbiParameter> ParseParameters(string list)
    {
        var parts = SplitTopLevel(list);
        var parameters = ImmutableArray.CreateBuilder<AbiParameter>(parts.Count);
        foreach (var part in parts)
        {
            parameters.Add(ParseParameter(part));
        }

        return parameters.ToImmutable();
    }

    /// <summary>Splits "name(inputs) … returns (outputs)" into its three parts.</summary>
    public static (string Name, ImmutableArray<AbiParameter> Inputs, ImmutableArray<AbiParameter> Outputs) ParseSignature(string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var text = signature.Trim();
        foreach (var keyword in Keywords)
        {
            if (text.StartsWith(keyword, StringComparison.Ordinal))
            {
                text = text[keyword.Length..].TrimStart();
            }
        }

        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0)
        {
            throw new FormatException($"'{signature}' is not name(parameters).");
        }

        var close = MatchingParenthesis(text, open);
        var inputs = ParseParameters(text[(open + 1)..close]);
        var rest = text[(close + 1)..];
        var returns = rest.IndexOf("returns", StringComparison.Ordinal);
        var outputs = ImmutableArray<AbiParameter>.Empty;
        if (returns >= 0)
        {
            var list = rest[(returns + 7)..].Trim();
            if (!list.StartsWith('(') || MatchingParenthesis(list, 0) != list.Length - 1)
            {
                throw new FormatException($"'{signature}': returns needs a parenthesised list.");
            }

            outputs = ParseParameters(list[1..^1]);
        }

        return (text[..open].Trim(), inputs, outputs);
    }

    private static AbiParameter ParseParameter(string text)
    {
        var trimmed = text.Trim();
        var typeEnd = TypeEnd(trimmed);
        var type = ParseType(trimmed[..typeEnd]);
        var words = trimmed[typeEnd..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var indexed = words.Contains("indexed");
        var names = words.Where(w => w != "indexed" && !Ignored.Contains(w)).ToList();
        return names.Count <= 1
            ? new AbiParameter(names.Count == 0 ? "" : names[0], type, indexed)
            : throw new FormatException($"'{text}' is not 'type [indexed] [name]'.");
    }

    private static int TypeEnd(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0 && char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static AbiType ParseElementary(string name) => name switch
    {
        "address" => AbiType.Address,
        "bool" => AbiType.Bool,
        "string" => AbiType.Utf8String,
        "bytes" => AbiType.Bytes,
        "uint" => AbiType.UnsignedInteger(256),
        "int" => AbiType.SignedInteger(256),
        "function" => AbiType.FixedBytes(24),
        _ when name.StartsWith("uint", StringComparison.Ordinal) => AbiType.UnsignedInteger(Number(name, 4)),
        _ when name.StartsWith("int", StringComparison.Ordinal) => AbiType.SignedInteger(Number(name, 3)),
        _ when name.StartsWith("bytes", StringComparison.Ordinal) => AbiType.FixedBytes(Number(name, 5)),
        _ => throw new FormatException($"Unknown ABI type '{name}'."),
    };

    private static int Number(string name, int start) =>
        int.TryParse(name.AsSpan(start), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new FormatException($"Unknown ABI type '{name}'.");

    private static AbiType ApplyArraySuffixes(AbiType type, string suffixes, string original)
    {
        var rest = suffixes.Trim();
        while (rest.Length > 0)
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (!rest.StartsWith('[') || close < 0)
            {
                throw new FormatException($"Bad array suffix in ABI type '{original}'.");
            }

            var inside = rest[1..close].Trim();
            type = inside.Length == 0 ? AbiType.ArrayOf(type) : AbiType.FixedArrayOf(type, Number(inside, 0));
            rest = rest[(close + 1)..].TrimStart();
        }

        return type;
    }

    private static List<string> SplitTopLevel(string list)
    {
        var parts = new List<string>();
        if (list.Trim().Length == 0)
        {
            return parts;
        }

        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
            if (depth == 0 && list[i] == ',')
            {
                parts.Add(list[start..i]);
                start = i + 1;
            }
        }

        parts.Add(list[start..]);
        return parts;
    }

    private static int MatchingParenthesis(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"Unbalanced parentheses in '{text}'.");
    }
}

using System.Collections.Immutable;

namespace Daisee.Billing.Requester.Chain.Abi;

/// <summary>A Solidity custom error (<c>error FunctionNotFound(bytes4 selector)</c>): selector ‖ abi.encode(arguments).</summary>
public sealed record AbiError
{
    /// <summary>An error with the given parameters.</summary>
    public AbiError(string name, ImmutableArray<AbiParameter> inputs)
    {
        Name = name;
        Inputs = inputs;
        Signature = $"{name}({string.Join(',', inputs.Select(p => p.Type.CanonicalName))})";
        Selector = Selector.Of(Signature);
    }

    /// <summary>The error name.</summary>
    public string Name { get; }

    /// <summary>The arguments.</summary>
    public ImmutableArray<AbiParameter> Inputs { get; }

    /// <summary>The canonical signature.</summary>
    public string Signature { get; }

    /// <summary>The first 4 bytes of keccak256(<see cref="Signature"/>).</summary>
    public Selector Selector { get; }

    /// <summary>Parses <c>[error] Name(type [name], …)</c>.</summary>
    public static AbiError Parse(string signature)
    {
        var (name, inputs, _) = AbiSignatureParser.ParseSignature(signature);
        return new AbiError(name, inputs);
    }

    /// <summary>selector ‖ abi.encode(arguments), as a contract would revert with.</summary>
    public byte[] Encode(params IReadOnlyList<object?> arguments) =>
        [.. Selector.ToArray(), .. AbiEncoder.Encode([.. Inputs.Select(p => p.Type)], arguments)];

    /// <summary>Decodes the arguments after the selector; false when the data does not match.</summary>
    public bool TryDecode(ReadOnlySpan<byte> revertData, out AbiValues? arguments)
    {
        arguments = null;
        return revertData.Length >= Selector.Length
            && Selector.FromBytes(revertData) == Selector
            && AbiDecoder.TryDecode([.. Inputs.Select(p => p.Type)], revertData[Selector.Length..], out arguments);
    }

    /// <summary>The canonical signature.</summary>
    public override string ToString() => Signature;
}

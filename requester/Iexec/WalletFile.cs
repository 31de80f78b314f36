using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Wallet;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The provider's wallet: a v3 keystore file (the format of geth, the iExec SDK and cast) at
/// <c>--wallet</c>, <c>DAISEE_WALLET</c> or <c>~/.daisee/wallet.json</c>; its password from
/// <c>DAISEE_WALLET_PASSWORD</c> or asked. The private key stays in memory and is never printed.
/// </summary>
public static class WalletFile
{
    /// <summary>The environment variable naming the keystore file.</summary>
    public const string PathVariable = "DAISEE_WALLET";

    /// <summary>The environment variable holding the keystore password (CI, scripts).</summary>
    public const string PasswordVariable = "DAISEE_WALLET_PASSWORD";

    /// <summary>The wallet path: the given one, else <c>DAISEE_WALLET</c>, else <c>~/.daisee/wallet.json</c>.</summary>
    public static string Resolve(string? given, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return given ?? environment(PathVariable)
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".daisee", "wallet.json");
    }

    /// <summary>Writes <paramref name="key"/> encrypted with <paramref name="password"/>; refuses to overwrite a wallet.</summary>
    public static Address Save(string path, EthECKey key, string password, KeystoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (File.Exists(path))
        {
            throw new InvalidOperationException($"A wallet already exists at {path}: move it away first (it may hold funds).");
        }

        var json = Keystore.Encrypt(key, password, options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(json);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key.Address;
    }

    /// <summary>
    /// The wallet's address: the one the keystore states (no password needed) or, for a v3 keystore
    /// without <c>address</c> (some tools omit it), the one its key gives once unlocked with <paramref name="password"/>.
    /// </summary>
    public static Address ReadAddress(string path, Func<string> password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var json = Read(path);
        return Keystore.ReadAddress(json)
            ?? (Keystore.IsKeystore(json) ? Unlock(path, password()).Address : throw new InvalidOperationException($"{path} is not a v3 keystore."));
    }

    /// <summary>Decrypts the wallet; a wrong password is an error naming the file.</summary>
    public static EthECKey Unlock(string path, string password) =>
        Keystore.TryDecrypt(Read(path), password, out var key, out var error)
            ? key
            : throw new InvalidOperationException($"Cannot unlock {path}: {error}");

    private static string Read(string path) =>
        File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"No wallet at {path}: create one (daisee-request wallet create) or import a key (wallet import).");
}

using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Wallet;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Wallet;

public class KeystoreTests
{
    private const string SpecPrivateKey = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d";

    // Web3 Secret Storage Definition, test vectors (password "testpassword").
    private const string SpecPbkdf2 = """
        {
          "crypto": {
            "cipher": "aes-128-ctr",
            "cipherparams": { "iv": "6087dab2f9fdbbfaddc31a909735c1e6" },
            "ciphertext": "5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46",
            "kdf": "pbkdf2",
            "kdfparams": { "c": 262144, "dklen": 32, "prf": "hmac-sha256", "salt": "ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd" },
            "mac": "517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"
          },
          "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
          "version": 3
        }
        """;

    private const string SpecScrypt = """
        {
          "crypto": {
            "cipher": "aes-128-ctr",
            "cipherparams": { "iv": "83dbcc02d8ccb40e466191a123791e0e" },
            "ciphertext": "d172bf743a674da9cdad04534d56926ef8358534d458fffccd4e6ad2fbde479c",
            "kdf": "scrypt",
            "kdfparams": { "dklen": 32, "n": 262144, "r": 1, "p": 8, "salt": "ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19" },
            "mac": "2103ac29920d71da29f15d75b4a16dbe95cfd7ff8faea1056c33131d846e3097"
          },
          "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
          "version": 3
        }
        """;

    // Written by `cast wallet new <dir> castkey --unsafe-password "daisee test"` (foundry 1.7.1);
    // `cast wallet decrypt-keystore` gives the private key below.
    private const string CastKeystore =
        """{"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"d903593da34f1697db58a6686509f452"},"ciphertext":"0943902ca78e79a47a675087c760df71c94b0ed4dac1524545ea7609d4d44290","kdf":"scrypt","kdfparams":{"dklen":32,"n":8192,"p":1,"r":8,"salt":"80d45b26bba5e6350f04b07c63b39894e1cd927c4b97652919ebdb9d442dfdad"},"mac":"a9d230566f574025c2bbf8bd54374a76246e019c58230c05897c9bdaaf98811a"},"id":"dd529024-f866-4c34-8ac1-159e7f33eda4","version":3}""";

    private const string CastPrivateKey = "0x776e2c8474bf07a977793672a64061bf62d624c472871826327f52ce692a0976";

    [TestCase(SpecPbkdf2, TestName = "TryDecrypt_SpecPbkdf2Vector_GivesSpecKey")]
    [TestCase(SpecScrypt, TestName = "TryDecrypt_SpecScryptVector_GivesSpecKey")]
    public void TryDecrypt_SpecVector_GivesSpecKey(string json)
    {
        var ok = Keystore.TryDecrypt(json, "testpassword", out var key, out var error);

        Assert.That(ok, Is.True, error);
        Assert.That(Convert.ToHexStringLower(key!.GetPrivateKeyAsBytes()), Is.EqualTo(SpecPrivateKey));
    }

    [Test]
    public void TryDecrypt_CastWalletNewKeystore_GivesCastKeyAndAddress()
    {
        var ok = Keystore.TryDecrypt(CastKeystore, "daisee test", out var key, out var error);

        Assert.That(ok, Is.True, error);
        Assert.That(Hex.Encode(key!.GetPrivateKeyAsBytes()), Is.EqualTo(CastPrivateKey));
        Assert.That(key.Address.ToString(), Is.EqualTo("0x9594A9710eBAe9e0B994E1Aa310fa7aD0dcf18C8"));
    }

    [Test]
    public void TryDecrypt_WrongPassword_ReportsMacMismatch()
    {
        var ok = Keystore.TryDecrypt(CastKeystore, "not the password", out var key, out var error);

        Assert.That(ok, Is.False);
        Assert.That(key, Is.Null);
        Assert.That(error, Does.Contain("Wrong password"));
    }

    [TestCase("", TestName = "TryDecrypt_EmptyText_ReportsError")]
    [TestCase("{}", TestName = "TryDecrypt_EmptyObject_ReportsError")]
    [TestCase("""{"version":3,"crypto":{"cipher":"aes-128-cbc"}}""", TestName = "TryDecrypt_OtherCipher_ReportsError")]
    [TestCase("""{"version":3,"crypto":{"cipher":"aes-128-ctr","kdf":"scrypt","kdfparams":{"dklen":32,"n":1073741824,"r":8,"p":1,"salt":"00"}}}""", TestName = "TryDecrypt_HugeScrypt_IsRefusedBeforeDeriving")]
    public void TryDecrypt_Malformed_ReportsErrorWithoutThrowing(string json)
    {
        var ok = Keystore.TryDecrypt(json, "x", out _, out var error);

        Assert.That(ok, Is.False);
        Assert.That(error, Is.Not.Empty);
    }

    [TestCase(false, 1024)]
    [TestCase(true, 1000)]
    public void Encrypt_ThenTryDecrypt_RoundTrips(bool pbkdf2, int cost)
    {
        var key = ChainKeys.Generate();

        var json = Keystore.Encrypt(key, "pässword", new KeystoreOptions(cost, Pbkdf2: pbkdf2));
        var ok = Keystore.TryDecrypt(json, "pässword", out var back, out var error);

        Assert.That(ok, Is.True, error);
        Assert.That(back!.Address, Is.EqualTo(key.Address));
        Assert.That(Keystore.ReadAddress(json), Is.EqualTo(key.Address));
        Assert.That(json, Does.Not.Contain(Convert.ToHexStringLower(key.GetPrivateKeyAsBytes())));
    }

    [Test]
    public void TryDecrypt_StatedAddressDiffers_ReportsMismatch()
    {
        var key = ChainKeys.Generate();
        var file = System.Text.Json.Nodes.JsonNode.Parse(Keystore.Encrypt(key, "p", KeystoreOptions.Light))!;
        file["address"] = "0000000000000000000000000000000000000001";
        var json = file.ToJsonString();

        var ok = Keystore.TryDecrypt(json, "p", out _, out var error);

        Assert.That(ok, Is.False);
        Assert.That(error, Does.Contain("not to its stated address"));
    }
}

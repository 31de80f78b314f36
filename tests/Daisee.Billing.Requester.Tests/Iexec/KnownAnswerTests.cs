using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Iexec;

namespace Daisee.Billing.Requester.Tests.Iexec;

/// <summary>The reference's vectors (iexec-protocol.md §1.7 and §3) for the digest, the dataset format and the SMS challenge.</summary>
public sealed class KnownAnswerTests
{
    [Test]
    public void Compute_SingleFile_IsSha256OfTheFile()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "hello\n");
        try
        {
            Assert.That(ResultDigest.Compute(file).ToString(), Is.EqualTo("0x5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Compute_FolderWithSubfolder_KeccakOfChildrenSha256SubfolderIgnored()
    {
        var folder = Directory.CreateTempSubdirectory("digest-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "b"), "b");
            File.WriteAllText(Path.Combine(folder.FullName, "a"), "a");
            Directory.CreateDirectory(Path.Combine(folder.FullName, "c"));
            Assert.That(ResultDigest.Compute(folder.FullName).ToString(), Is.EqualTo("0x9357c59d3ff5027438ddab3b1655da04ba890e0a43fac9d9568f78941d4b5a1f"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Encrypt_ReferenceVector_IvPrefixedFileAndChecksum()
    {
        var iv = Convert.FromHexString("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
        const string key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

        var encrypted = DatasetEncryption.Encrypt("hello iexec\n"u8, key, iv);

        Assert.Multiple(() =>
        {
            Assert.That(Convert.ToHexStringLower(encrypted.File.AsSpan()), Is.EqualTo("a0a1a2a3a4a5a6a7a8a9aaabacadaeafce4a82b6f0a542207eada967a10022c5"));
            Assert.That(encrypted.Checksum.ToString(), Is.EqualTo("0x3701218d0caef20c9511837d02be552b256cf8885e0523b1b6131c57730de18f"));
            Assert.That(DatasetEncryption.Decrypt(encrypted.File.AsSpan(), key), Is.EqualTo("hello iexec\n"u8.ToArray()));
        });
    }

    [Test]
    public void Decrypt_WrongKey_Throws()
    {
        var encrypted = DatasetEncryption.Encrypt("hello iexec\n"u8, DatasetEncryption.GenerateKey());
        Assert.That(() => DatasetEncryption.Decrypt(encrypted.File.AsSpan(), DatasetEncryption.GenerateKey()), Throws.InstanceOf<System.Security.Cryptography.CryptographicException>());
    }

    [Test]
    public void ForDatasetKey_ReferenceVector_ChallengeAndAuthorization()
    {
        var owner = ChainKeys.FromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        const string secret = "q1D3Z3g8Y2o7p4k6J9s0l1m2n3b4v5c6x7z8a9s0d1f=";

        var challenge = SmsChallenge.ForDatasetKey(Address.Parse("0x2222222222222222222222222222222222222222"), secret);

        Assert.Multiple(() =>
        {
            Assert.That(challenge.ToString(), Is.EqualTo("0x659f6cf57767f6a935e0fa2f80dc4280ec65876bf997f953f4b70e5f97fab9b2"));
            Assert.That(SmsChallenge.Authorization(owner, challenge), Is.EqualTo("0x062f56f14c807fceeb04493fdb96dea0b5c592a6362d65f74bdc69e72fd60a7b6593198484805b7e9a59126f66a7d682179647c478fb4abf78df9496f26567cc1c"));
        });
    }
}

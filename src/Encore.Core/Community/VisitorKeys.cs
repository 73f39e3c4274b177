using System.Security.Cryptography;
using System.Text;

namespace Encore.Community;

// Guests are told apart by their address (one kudos, one hit a day), but the archive never stores addresses: it
// stores HMAC-SHA256(secret, address). Without the secret the hash cannot be reversed by trying all 2^32 IPv4
// addresses, which a plain hash could be.
//
// The secret is a random key in a file of its own, not derived from ASP.NET Data Protection: Data Protection rotates
// its keys (every 90 days by default) and offers no stable raw key material, so guest keys would silently change
// and every guest could leave kudos again. A file beside the archive is stable, belongs to that one archive, and
// deleting it merely forgets which guests already left kudos.
public sealed class VisitorKeys(byte[] secret)
{
    public const string FileName = "visitor-key.bin";

    // 64 hex characters: the width of Kudos.GuestKey and WorkHit.VisitorKey.
    public string ForAddress(string address) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(address)));

    public static VisitorKeys FromFile(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            try
            {
                // CreateNew: when two processes race, one writes and both then read the same key.
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                file.Write(RandomNumberGenerator.GetBytes(32));
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            catch (IOException) when (File.Exists(path)) { }
        }
        var key = File.ReadAllBytes(path);
        if (key.Length < 32) throw new InvalidOperationException($"{path} is not an Encore visitor key (too short).");
        return new VisitorKeys(key);
    }
}

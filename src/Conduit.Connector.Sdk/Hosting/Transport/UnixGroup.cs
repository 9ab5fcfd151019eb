using System.Globalization;
using System.Runtime.InteropServices;
using Conduit.Connector.Sdk.Hosting.Interop;

namespace Conduit.Connector.Sdk.Hosting.Transport;

/// <summary>Resolves PLUGIN_UNIX_SOCKET_GROUP (a group name, or a numeric id) and hands a file to that group.</summary>
internal static class UnixGroup
{
    private const int ERANGE = 34;

    /// <summary>Returns the group id for a name or a number, as go-plugin accepts both.</summary>
    /// <exception cref="PluginStartupException">No such group.</exception>
    public static uint Resolve(string group)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        var id = LookUpName(group);
        if (id is not null)
        {
            return id.Value;
        }

        if (uint.TryParse(group, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric))
        {
            return numeric;
        }

        throw new PluginStartupException(
            $"{EnvironmentReader.UnixSocketGroupKey}=\"{group}\" names no group on this system; give an existing group name or a numeric group id.");
    }

    /// <summary>Gives <paramref name="path"/> to <paramref name="groupId"/>, keeping its owner.</summary>
    public static void Assign(string path, uint groupId, string groupText)
    {
        if (LibC.Chown(path, uint.MaxValue, groupId) != 0)
        {
            var error = Marshal.GetLastPInvokeErrorMessage();
            throw new PluginStartupException(
                $"Cannot give the plugin socket {path} to group {groupText} ({EnvironmentReader.UnixSocketGroupKey}): {error}. "
                + "The connector's user must be a member of that group.");
        }
    }

    private static unsafe uint? LookUpName(string name)
    {
        var size = 4096;
        while (size <= 1024 * 1024)
        {
            var buffer = new byte[size];
            LibC.Group group;
            LibC.Group* result = null;
            int status;
            fixed (byte* bytes = buffer)
            {
                status = LibC.GetGroupByName(name, &group, bytes, (nuint)size, &result);
            }

            if (status == ERANGE)
            {
                size *= 4;
                continue;
            }

            return status == 0 && result != null ? group.Id : null;
        }

        return null;
    }
}

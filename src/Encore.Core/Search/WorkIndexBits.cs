namespace Encore.Search;

// Precomputed bitsets for the common column predicates, so a filter is word-wide AND/ANDNOT instead of a test per
// work: the three visibility classes (guest, signed-in reader, admin), complete, single chapter, crossover and one
// per language; plus each user's works (own works stay visible and escape blocklists; muted users' works are cut).
// Kept exact by Set/Unset on every change; ranges (words, updated) are checked only on the works that survive.
public sealed partial class WorkIndex
{
    private ulong[] _aliveBits = [], _guestBits = [], _memberBits = [], _adminBits = [], _completeBits = [], _singleBits = [], _crossoverBits = [];
    private readonly List<ulong[]> _languageBits = [];
    private readonly List<Posting> _userWorks = [];
    private long _slotEntries;

    private static void Put(ref ulong[] bits, int o, bool on)
    {
        var w = o >> 6;
        if (w >= bits.Length)
        {
            if (!on) return;
            Array.Resize(ref bits, Math.Max(w + 1, bits.Length * 2));
        }
        if (on) bits[w] |= 1UL << o;
        else bits[w] &= ~(1UL << o);
    }

    private void MarkClasses(int o, bool on)
    {
        var c = _c;
        var f = c.Flags[o];
        Put(ref _aliveBits, o, on);
        Put(ref _guestBits, o, on && (f & (WorkColumns.Draft | WorkColumns.Restricted | WorkColumns.Hidden)) == 0);
        Put(ref _memberBits, o, on && (f & (WorkColumns.Draft | WorkColumns.Hidden)) == 0);
        Put(ref _adminBits, o, on && (f & WorkColumns.Draft) == 0);
        Put(ref _completeBits, o, on && (f & WorkColumns.Complete) != 0);
        Put(ref _singleBits, o, on && c.Chapters[o] == 1);
        Put(ref _crossoverBits, o, on && c.Fandoms[o] > 1);
        var lang = c.Language[o];
        while (_languageBits.Count <= lang) _languageBits.Add([]);
        var bits = _languageBits[lang];
        Put(ref bits, o, on);
        _languageBits[lang] = bits;
        foreach (var u in c.Users[o] ?? [])
        {
            while (_userWorks.Count <= u) _userWorks.Add(new Posting());
            if (on) _userWorks[u].Add(o, int.MaxValue);   // never a bitset: one user's works are few
            else _userWorks[u].Remove(o);
        }
        _slotEntries += on ? c.Slots.LengthOf(o) : -c.Slots.LengthOf(o);
    }

    // After wrangling replaced every work's slots and fandom counts.
    private void RemarkTagClasses()
    {
        _slotEntries = 0;
        for (var o = 0; o < _c.Count; o++)
        {
            var alive = (_c.Flags[o] & WorkColumns.Alive) != 0;
            Put(ref _crossoverBits, o, alive && _c.Fandoms[o] > 1);
            if (alive) _slotEntries += _c.Slots.LengthOf(o);
        }
    }

    // r = src (first words; missing words are zero).
    private static void CopyBits(ulong[] src, ulong[] r, int words)
    {
        var m = Math.Min(words, src.Length);
        Array.Copy(src, r, m);
        Array.Clear(r, m, words - m);
    }

    private static void AndBits(ulong[] src, ulong[] r, int words, bool negate)
    {
        var m = Math.Min(words, src.Length);
        if (negate) { for (var w = 0; w < m; w++) r[w] &= ~src[w]; return; }
        for (var w = 0; w < m; w++) r[w] &= src[w];
        Array.Clear(r, m, words - m);
    }
}

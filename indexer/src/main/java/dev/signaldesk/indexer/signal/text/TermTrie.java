package dev.signaldesk.indexer.signal.text;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A character trie over lexicon keys, for finding which keys start at a position of a text in one
 * walk instead of one {@code startsWith} per key. Immutable and thread-safe once built.
 *
 * @param <V> what a key maps to
 */
final class TermTrie<V> {

  /** Decides whether a key found at {@code [start, end)} of {@code text} counts. */
  @FunctionalInterface
  interface Acceptor<V> {
    boolean accept(String text, int start, int end, V value);
  }

  private static final class Node<V> {
    private char[] keys = new char[0];
    private Node<V>[] children = newArray(0);
    private V value;

    Node<V> child(char c) {
      int k = Arrays.binarySearch(keys, c);
      return k >= 0 ? children[k] : null;
    }

    @SuppressWarnings("unchecked")
    private static <V> Node<V>[] newArray(int n) {
      return (Node<V>[]) new Node<?>[n];
    }
  }

  private final Node<V> root;

  /**
   * @param entries key to value; for a key given twice the first value is kept. Empty keys are
   *     ignored.
   */
  TermTrie(Iterable<Map.Entry<String, V>> entries) {
    Builder<V> builder = new Builder<>();
    for (Map.Entry<String, V> e : entries) {
      if (!e.getKey().isEmpty()) {
        builder.add(e.getKey(), e.getValue());
      }
    }
    this.root = builder.freeze(builder.root);
  }

  /**
   * The value of the longest key that starts at {@code start} of {@code text} and that {@code
   * acceptor} accepts; shorter keys are tried when a longer one is refused. Null if none.
   */
  V longestAt(String text, int start, Acceptor<V> acceptor) {
    return walk(root, text, start, start, acceptor);
  }

  private V walk(Node<V> node, String text, int start, int pos, Acceptor<V> acceptor) {
    if (pos < text.length()) {
      Node<V> next = node.child(text.charAt(pos));
      if (next != null) {
        V longer = walk(next, text, start, pos + 1, acceptor);
        if (longer != null) {
          return longer;
        }
      }
    }
    if (node.value != null && pos > start && acceptor.accept(text, start, pos, node.value)) {
      return node.value;
    }
    return null;
  }

  /** Mutable tree of sorted maps, turned into sorted arrays once complete. */
  private static final class Builder<V> {
    private static final class MutableNode<V> {
      final TreeMap<Character, MutableNode<V>> children = new TreeMap<>();
      V value;
    }

    final MutableNode<V> root = new MutableNode<>();

    void add(String key, V value) {
      MutableNode<V> node = root;
      for (int i = 0; i < key.length(); i++) {
        node = node.children.computeIfAbsent(key.charAt(i), c -> new MutableNode<>());
      }
      if (node.value == null) {
        node.value = value;
      }
    }

    Node<V> freeze(MutableNode<V> m) {
      Node<V> n = new Node<>();
      n.value = m.value;
      n.keys = new char[m.children.size()];
      n.children = Node.newArray(m.children.size());
      int k = 0;
      for (Map.Entry<Character, MutableNode<V>> e : m.children.entrySet()) {
        n.keys[k] = e.getKey();
        n.children[k] = freeze(e.getValue());
        k++;
      }
      return n;
    }
  }
}

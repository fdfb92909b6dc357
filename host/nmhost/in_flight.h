// InFlightTable: the requests that have been accepted and not yet answered.
//
// It lets cancel find its target and makes every request answered exactly
// once: whoever removes the entry first (the worker's result, cancel, the
// deadline) sends the answer, and the others find nothing to answer. Each
// entry carries a sequence number so that a late result never answers a
// newer request that reused the same id. Not thread-safe: the host touches it
// from its one serialised executor only.
#ifndef PAGESIFT_NMHOST_IN_FLIGHT_H_
#define PAGESIFT_NMHOST_IN_FLIGHT_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace pagesift::nmhost {

class InFlightTable {
 public:
  // Shared with the worker, which reads it while the table may drop it.
  using CancelFlag = std::shared_ptr<std::atomic<bool>>;

  InFlightTable() = default;
  InFlightTable(const InFlightTable&) = delete;
  InFlightTable& operator=(const InFlightTable&) = delete;

  bool Contains(const std::string& key) const { return entries_.count(key) != 0; }

  // Whether the entry numbered `sequence` is still waiting for its answer.
  bool Awaits(const std::string& key, uint64_t sequence) const;

  // Tracks a new request under `key`, which must not be in the table. Returns
  // its sequence number.
  uint64_t Add(const std::string& key, CancelFlag cancel);

  // Removes the entry for `key` if it is the one numbered `sequence`, and
  // says whether it was: the caller then owns the answer.
  bool Remove(const std::string& key, uint64_t sequence);

  // Raises the request's cancel flag and removes it. Returns false when no
  // such request is in flight.
  bool Cancel(const std::string& key);

  // Cancels every request (shutdown).
  void CancelAll();

  // Raises the flag of the entry numbered `sequence` and removes it (the
  // deadline passed). Returns false when it was already answered.
  bool Expire(const std::string& key, uint64_t sequence);

  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    uint64_t sequence;
    CancelFlag cancel;
  };

  std::map<std::string, Entry> entries_;
  uint64_t next_sequence_ = 0;
};

}  // namespace pagesift::nmhost

#endif  // PAGESIFT_NMHOST_IN_FLIGHT_H_

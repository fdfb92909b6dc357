#include "nmhost/in_flight.h"

#include <utility>

namespace pagesift::nmhost {

uint64_t InFlightTable::Add(const std::string& key, CancelFlag cancel) {
  const uint64_t sequence = next_sequence_++;
  entries_.insert_or_assign(key, Entry{sequence, std::move(cancel)});
  return sequence;
}

bool InFlightTable::Remove(const std::string& key, uint64_t sequence) {
  const auto it = entries_.find(key);
  if (it == entries_.end() || it->second.sequence != sequence) return false;
  entries_.erase(it);
  return true;
}

bool InFlightTable::Awaits(const std::string& key, uint64_t sequence) const {
  const auto it = entries_.find(key);
  return it != entries_.end() && it->second.sequence == sequence;
}

bool InFlightTable::Cancel(const std::string& key) {
  const auto it = entries_.find(key);
  if (it == entries_.end()) return false;
  it->second.cancel->store(true);
  entries_.erase(it);
  return true;
}

void InFlightTable::CancelAll() {
  for (auto& [key, entry] : entries_) entry.cancel->store(true);
  entries_.clear();
}

bool InFlightTable::Expire(const std::string& key, uint64_t sequence) {
  const auto it = entries_.find(key);
  if (it == entries_.end() || it->second.sequence != sequence) return false;
  it->second.cancel->store(true);
  entries_.erase(it);
  return true;
}

}  // namespace pagesift::nmhost
